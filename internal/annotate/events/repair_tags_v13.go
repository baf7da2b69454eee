package events

import "strings"

// Tag repairs of v13, run by FixTags (lexicon.go) before the parse: event
// nouns the tagger read as adjectives or verbs inside a noun phrase.

// possessives open a noun phrase and never take a verb after them.
var possessives = map[string]bool{
	"its": true, "their": true, "our": true, "my": true, "your": true, "his": true,
}

// fixNounPhraseHead retags a table noun read as an adjective at the head
// of a noun phrase: in "launched a counteroffensive near the city",
// "halted their offensive in the north" or "Ethiopia's withdrawal from
// the region" a determiner, possessive or "'s" opens the phrase and a
// preposition, verb, punctuation mark or the sentence's end closes it, so
// nothing is left for the adjective to modify and the word is the
// phrase's noun. Participles ("the wounded") are left alone. It reports
// whether a tag changed.
func (l *Lexicon) fixNounPhraseHead(lower, upos []string) bool {
	changed := false
	for i := 1; i < len(lower); i++ {
		w := lower[i]
		if upos[i] != "ADJ" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || !l.hasNoun(w) {
			continue
		}
		if !opensNounPhrase(lower[i-1], upos[i-1]) {
			continue
		}
		if i+1 < len(lower) {
			switch upos[i+1] {
			case "ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ":
			default:
				continue
			}
		}
		upos[i] = "NOUN"
		changed = true
	}
	return changed
}

// opensNounPhrase reports whether a word opens a noun phrase: an article,
// a demonstrative, a possessive pronoun or the possessive "'s".
func opensNounPhrase(w, u string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "these", "those", "'s", "’s":
		return u == "DET" || u == "PART"
	}
	return possessives[w] && (u == "PRON" || u == "DET")
}

// fixPossessedVerb retags a plural noun read as a verb right after a
// possessive pronoun: in "lifted its arms embargo on Libya" a possessive
// opens a noun phrase, and a verb in the third person cannot follow one,
// so "arms" is a noun (here the modifier of "embargo"). Only forms ending
// in "s" that the table knows are retagged. It reports whether a tag
// changed.
func (l *Lexicon) fixPossessedVerb(lower, upos []string) bool {
	changed := false
	for i := 1; i < len(lower); i++ {
		w := lower[i]
		if upos[i] != "VERB" || !possessives[lower[i-1]] || upos[i-1] != "PRON" && upos[i-1] != "DET" {
			continue
		}
		if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !l.Trigger(w) {
			continue
		}
		upos[i] = "NOUN"
		changed = true
	}
	return changed
}

// fixDeterminedParticiple retags a participle read as a verb between the
// opener of a noun phrase and its noun: in "Iran returned the seized
// British vessels" the article opens a phrase that "vessels" heads, so
// "seized" modifies the noun (the parser otherwise takes it for the
// object of "returned"). It reports whether a tag changed.
func fixDeterminedParticiple(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "VERB" || !strings.HasSuffix(w, "ed") || !opensNounPhrase(lower[i-1], upos[i-1]) {
			continue
		}
		switch upos[i+1] {
		case "ADJ", "NOUN", "PROPN":
			upos[i] = "ADJ"
			changed = true
		}
	}
	return changed
}

// fixIrregularPastAfterNoun retags an irregular past form of a table verb
// that the tagger read as a noun between its subject and its object (it
// complements fixIrregularPast, which wants a plural or proper subject but
// also takes a bare noun object): "Turkish
// warplanes struck Kurdish positions", "Police shot dead three robbers".
// FixTags handles the forms in "-s" and "-ed"; a form that is no base of
// any pattern ("struck", "shot", "took") and that the table knows only as
// a verb is the predicate when a noun or pronoun precedes it and a
// determiner, number, adjective or name follows. It reports whether a tag
// changed.
func (l *Lexicon) fixIrregularPastAfterNoun(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "NOUN" || len(w) < 3 || !l.verbOnly(w) || !l.pastOnly(w) {
			continue
		}
		switch upos[i-1] {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		switch upos[i+1] {
		case "DET", "NUM", "ADJ", "PROPN":
			upos[i] = "VERB"
			changed = true
		}
	}
	return changed
}

// pastOnly reports whether a form is no base of any of its patterns and
// carries no regular ending, as irregular pasts do ("struck" of
// "strike").
func (l *Lexicon) pastOnly(w string) bool {
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	for _, p := range l.t.byForm[w] {
		base, _, _ := strings.Cut(p.Lemma, "_")
		if base == w {
			return false
		}
	}
	return len(l.t.byForm[w]) > 0
}

// fixPastBeforeParticiple retags a past verb read as a noun before a
// participle that modifies its object: in "The junta freed jailed
// opposition leaders" the tagger read "freed" as a noun and "jailed" as
// the verb. A form in "-ed" that the table knows only as a verb, after a
// noun and before a participle in "-ed" that a noun phrase follows, is
// the verb, and the participle its object's modifier. It reports whether
// a tag changed.
func (l *Lexicon) fixPastBeforeParticiple(lower, upos []string) bool {
	changed := false
	for i := 1; i+2 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "NOUN" || !strings.HasSuffix(w, "ed") || !l.verbOnly(w) || upos[i+1] != "VERB" || !strings.HasSuffix(lower[i+1], "ed") {
			continue
		}
		if p := upos[i-1]; p != "NOUN" && p != "PROPN" {
			continue
		}
		switch upos[i+2] {
		case "NOUN", "ADJ", "PROPN":
			upos[i], upos[i+1] = "VERB", "ADJ"
			changed = true
		}
	}
	return changed
}

// fixOpeningModifier retags the first word of a sentence read as a verb
// when a noun and a verb follow it: in "Turkish warplanes struck rebel
// positions" the tagger read "Turkish" as the verb, and the parser then
// took "warplanes" for its object and "struck" for a modifier. A clause
// has one predicate before its subject's verb, so the opening word
// modifies the noun after it. Participles in "-ed" and "-ing", which can
// open a clause of their own, are left alone. It reports whether a tag
// changed.
func fixOpeningModifier(lower, upos []string) bool {
	if len(lower) < 4 || upos[0] != "VERB" || upos[1] != "NOUN" || upos[2] != "VERB" {
		return false
	}
	if w := lower[0]; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en") {
		return false
	}
	upos[0] = "ADJ"
	return true
}
