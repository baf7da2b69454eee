package events

import "strings"

// Tag repairs of hR, run by FixTags (lexicon.go) before the parse:
// participles that describe the object of a verb but that the tagger read
// as verbs of their own.

// fixObjectParticiple retags a participle in "-ed" read as a verb where it
// can only describe the noun after it:
//
//   - after a number: in "the rebels released three kidnapped aid
//     workers" a count opens the noun phrase that "workers" heads, and a
//     clause's verb never follows its object's count;
//   - right after a verb, before a noun that ends the phrase: in "Germany
//     returned looted bronzes to Nigeria" or "began examining alleged
//     abuses against civilians" two verbs cannot follow each other with
//     one object, so the participle modifies the noun.
//
// A following word read as a verb that the table knows as a noun ("aid"
// in "kidnapped aid workers") is retagged as the noun it modifies. It
// reports whether a tag changed.
func (l *Lexicon) fixObjectParticiple(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "VERB" || len(w) < 5 || !strings.HasSuffix(w, "ed") {
			continue
		}
		next := i + 1
		if upos[next] == "VERB" && l.hasNoun(lower[next]) && next+1 < len(lower) && upos[next+1] == "NOUN" {
			next++ // "kidnapped aid workers"
		}
		if upos[next] != "NOUN" {
			continue
		}
		switch {
		case upos[i-1] == "NUM":
		case upos[i-1] == "VERB" && (strings.HasSuffix(lower[i-1], "ed") || strings.HasSuffix(lower[i-1], "ing")) && next == i+1 && endsPhrase(upos, next+1):
		default:
			continue
		}
		upos[i] = "ADJ"
		if next == i+2 {
			upos[i+1] = "NOUN"
		}
		changed = true
	}
	return changed
}

// endsPhrase reports whether the word at j closes a noun phrase: the end
// of the sentence, a preposition, a punctuation mark or a conjunction.
func endsPhrase(upos []string, j int) bool {
	if j >= len(upos) {
		return true
	}
	switch upos[j] {
	case "ADP", "PUNCT", "CCONJ", "SCONJ":
		return true
	}
	return false
}

// yieldToVerbs take "to" and a noun for what they give in to: "bowed to
// pressure", "succumbed to demands".
var yieldToVerbs = formSet("bow", "yield", "succumb", "bend", "cave", "accede", "submit", "respond", "react")

// fixYieldedTo retags a noun read as an infinitive after "to" and a verb
// of giving in: in "The prime minister bowed to pressure and resigned"
// "pressure" has no object and "to" follows "bowed", so it is the noun
// the verb gives in to. A word that the table knows as a noun, followed
// by a conjunction, a preposition, punctuation or the end, is retagged. It
// reports whether a tag changed.
func (l *Lexicon) fixYieldedTo(lower, upos []string) bool {
	changed := false
	for i := 2; i < len(lower); i++ {
		if upos[i] != "VERB" || lower[i-1] != "to" || !yieldToVerbs[lower[i-2]] || !l.hasNoun(lower[i]) {
			continue
		}
		if !endsPhrase(upos, i+1) {
			continue
		}
		upos[i-1], upos[i] = "ADP", "NOUN"
		changed = true
	}
	return changed
}

// fixNamedGerund retags a form in "-ing" read as a verb after a proper
// name that an article opens: "Israel reopened the Kerem Shalom crossing,
// allowing ..." names a crossing, and a verb cannot follow "the" and a
// name before a comma, preposition or the end. It reports whether a tag
// changed.
func fixNamedGerund(lower, upos []string) bool {
	changed := false
	for i := 2; i < len(lower); i++ {
		if upos[i] != "VERB" || !strings.HasSuffix(lower[i], "ing") || upos[i-1] != "PROPN" || !endsPhrase(upos, i+1) {
			continue
		}
		j := i - 1
		for j > 0 && upos[j] == "PROPN" {
			j--
		}
		if lower[j] != "the" || upos[j] != "DET" {
			continue
		}
		upos[i] = "NOUN"
		changed = true
	}
	return changed
}
