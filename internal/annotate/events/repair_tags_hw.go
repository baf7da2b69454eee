package events

import (
	"strings"

	"sitrep/internal/lexicon"
)

// Tag repairs of the hW round, run by FixTags (lexicon.go) before the
// parse. Each undoes one tagging error that left an event without its
// verb or its subject:
//
//   - a past verb of the table read as a function word: "The
//     administration withheld $130 million" (ADP), "The government
//     withheld aid" (AUX, with "aid" then read as the verb);
//   - an irregular past read as a noun before a coordinated verb: "A
//     gunman shot and wounded the mayor";
//   - a plural noun read as a verb after "mass": "exhumed mass graves";
//   - the last word of an organisation's name read as an adjective:
//     "Amnesty International documented ...", which left the verb to
//     modify a noun; "United" in a name read as a verb ("demanded
//     United/VERB Nations ...");
//   - a country, capital or role noun read as a function word
//     ("Beijing/AUX refused", "when gunmen/AUX fired");
//   - an adjective used as a noun ("evacuated the wounded");
//   - a verb read as a noun after a parenthetical ("Greece, like other
//     members, plans to ...");
//   - a role noun and its verb with swapped tags ("forces/VERB
//     traded/NOUN fire").

// fixVerbAsFunctionWord retags a past form of a table verb that the
// tagger read as a preposition or an auxiliary after a subject noun or
// pronoun. A following word read as a verb that the table knows as a
// noun is then the object ("withheld aid"). Auxiliaries and prepositions
// of English are no table verbs, so only the misread forms change.
func (l *Lexicon) fixVerbAsFunctionWord(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w := lower[i]
		if (upos[i] != "ADP" && upos[i] != "AUX") || len(w) < 5 || functionWords[w] || !l.hasVerb(w) {
			continue
		}
		if !strings.HasSuffix(w, "ed") && !l.pastOnly(w) {
			continue
		}
		switch upos[i-1] {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		switch upos[i+1] {
		case "DET", "NUM", "SYM", "ADJ", "NOUN", "PROPN", "PRON":
		case "VERB":
			if !l.hasNoun(lower[i+1]) {
				continue
			}
			upos[i+1] = "NOUN"
		default:
			continue
		}
		upos[i] = "VERB"
		changed = true
	}
	return changed
}

// functionWords are participles English also uses as prepositions or
// auxiliaries; they keep their tag.
var functionWords = map[string]bool{"given": true, "granted": true, "provided": true,
	"concerned": true, "compared": true, "based": true, "used": true, "supposed": true}

// fixPastBeforeConj retags an irregular past that the table knows only
// as a verb, read as a noun between a subject and "and" plus a verb:
// "A gunman shot and wounded the mayor".
func (l *Lexicon) fixPastBeforeConj(lower, upos []string) bool {
	changed := false
	for i := 1; i+2 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "NOUN" || !l.verbOnly(w) || !l.pastOnly(w) {
			continue
		}
		if p := upos[i-1]; p != "NOUN" && p != "PROPN" && p != "PRON" {
			continue
		}
		if upos[i+1] != "CCONJ" || upos[i+2] != "VERB" || !strings.HasSuffix(lower[i+2], "ed") {
			continue
		}
		upos[i] = "VERB"
		changed = true
	}
	return changed
}

// fixMassPlural retags a plural read as a verb after "mass" ("mass
// graves", "mass arrests", "mass killings"): "mass" there modifies the
// plural, which is the noun of the phrase. After a subject ("troops mass
// ...") "mass" is itself the verb and nothing changes.
func fixMassPlural(lower, upos []string) bool {
	changed := false
	for i := 1; i < len(lower); i++ {
		if lower[i-1] != "mass" || upos[i] != "VERB" || !strings.HasSuffix(lower[i], "s") {
			continue
		}
		if i >= 2 {
			switch upos[i-2] {
			case "NOUN", "PROPN", "PRON":
				continue
			}
		}
		upos[i] = "NOUN"
		changed = true
	}
	return changed
}

// fixNameAdjective retags "international" read as an adjective after a
// name and before a verb: at the end of an organisation's name
// ("Amnesty International", "Transparency International") it is part of
// the name, and the verb after it is the predicate.
func fixNameAdjective(lower, upos []string) bool {
	changed := false
	for i := 0; i+1 < len(lower); i++ {
		if lower[i] == "united" && upos[i] == "VERB" && upos[i+1] == "PROPN" {
			upos[i] = "ADJ" // "the United Nations", as the tagger mostly reads it
			changed = true
		}
	}
	for i := 1; i+1 < len(lower); i++ {
		if lower[i] != "international" || upos[i] != "ADJ" || upos[i-1] != "PROPN" {
			continue
		}
		if n := upos[i+1]; n != "VERB" && n != "AUX" {
			continue
		}
		upos[i] = "PROPN"
		changed = true
	}
	return changed
}

// fixNameAsFunctionWord retags a country, capital or armed group's name
// that the tagger read as a function word or adverb ("Beijing/AUX
// refused", "Moscow/ADV said", "Italy/ADV pulled out"): such a name is a
// proper noun, usually the subject, and with the function-word tag the
// parser hung the verb's subject from it or lost it. Only closed-class
// tags change (a name read as an adjective or verb is another matter),
// and only names of four letters or more, so that "us" stays a pronoun.
// A role noun read so ("gunmen/AUX") is a noun.
func fixNameAsFunctionWord(lower, upos []string) bool {
	changed := false
	for i, w := range lower {
		switch upos[i] {
		case "AUX", "ADV", "PRON", "ADP", "SCONJ", "CCONJ", "DET", "PART", "INTJ":
		default:
			continue
		}
		if len(w) < 4 || notPlaceNames[w] {
			continue
		}
		if i == 0 && len(lower) > 1 && lower[1] == "," {
			// A dateline ("YEREVAN, April 24 - ...") names where the
			// story was filed, not who acted: retagging it would make
			// it the subject.
			continue
		}
		if roleOf[w] != "" && upos[i] != "ADV" && !functionRoles[w] {
			upos[i] = "NOUN" // "when gunmen/AUX fired on his car"
			changed = true
			continue
		}
		if !gazetteerName(w) {
			continue
		}
		upos[i] = "PROPN"
		changed = true
	}
	return changed
}

// functionRoles are role words that English also uses as function words.
var functionRoles = map[string]bool{"people": true, "press": true, "force": true, "guard": true,
	"command": true, "union": true, "general": true}

// gazetteerName reports whether a lower-case word, capitalised, is the
// one-word name of a country, a capital or an armed group.
func gazetteerName(w string) bool {
	name := capitalised(w)
	for _, e := range lexicon.Default().Lookup(name) {
		switch e.Kind {
		case lexicon.KindCountry, lexicon.KindCapital, lexicon.KindMetonym, lexicon.KindGroup:
			return true
		}
	}
	return false
}

// fixVerbAfterParenthetical retags a verb in "-s" read as a noun right
// after a parenthetical that separates it from its subject ("Greece,
// like most other members, plans to impose ..."): with no verb before it
// in the sentence and "to" plus a verb after it, the word is the
// predicate the parenthetical interrupted.
func (l *Lexicon) fixVerbAfterParenthetical(lower, upos []string) bool {
	for i := 2; i+2 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "NOUN" || lower[i-1] != "," || !strings.HasSuffix(w, "s") || !l.hasVerb(w) {
			continue
		}
		if lower[i+1] != "to" || upos[i+2] != "VERB" {
			continue
		}
		if !isNounTag(upos[0]) {
			return false
		}
		for j := 0; j < i; j++ {
			if upos[j] != "VERB" && upos[j] != "AUX" {
				continue
			}
			if (strings.HasSuffix(lower[j], "ing") || strings.HasSuffix(lower[j], "ed")) && (upos[j+1] == "NOUN" || upos[j+1] == "ADJ") {
				continue // an attributive participle: "existing members"
			}
			return false
		}
		upos[i] = "VERB"
		return true
	}
	return false
}

// fixRoleNounVerbSwap undoes a shifted pair of tags: a plural role noun
// read as a verb and the past verb after it read as a noun ("Armenian
// and Azerbaijani forces/VERB traded/NOUN mortar fire"). A table verb in
// "-ed" right after a role noun in "-s" is that noun's predicate.
func (l *Lexicon) fixRoleNounVerbSwap(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w, n := lower[i], lower[i+1]
		if upos[i] != "VERB" || upos[i+1] != "NOUN" || roleOf[w] == "" || !strings.HasSuffix(w, "s") {
			continue
		}
		if !strings.HasSuffix(n, "ed") || !l.hasVerb(n) {
			continue
		}
		upos[i], upos[i+1] = "NOUN", "VERB"
		changed = true
	}
	return changed
}
