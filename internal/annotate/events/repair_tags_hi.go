package events

import "strings"

// fixNationalityVerb retags a nationality adjective that the tagger read
// as a verb before the noun it modifies: sentence-initial "Turkish drones
// struck ..." reads "Turkish" like "finish" and the drones become its
// object. Only words the lexicon knows as a country's adjective count,
// and only before a noun; "polish" is also a verb. It reports whether a tag changed.
func fixNationalityVerb(lower, upos []string) bool {
	changed := false
	for i := 0; i+1 < len(lower); i++ {
		if upos[i] != "VERB" || (upos[i+1] != "NOUN" && upos[i+1] != "PROPN") || lower[i] == "" {
			continue
		}
		if nationality(capitalised(lower[i])) == "" || lower[i] == "polish" {
			continue
		}
		upos[i] = "ADJ"
		changed = true
	}
	return changed
}

// modalAux are the auxiliaries after which a verb's bare form follows.
var modalAux = map[string]bool{"would": true, "will": true, "could": true, "should": true,
	"may": true, "might": true, "must": true, "can": true, "shall": true, "'ll": true}

// fixModalBack retags "back" right after a modal or "to" as the verb it is
// when an object follows: "France would back the bid", "pledged to back
// Kenya" ("would come back to", "would be back" are untouched: a verb or
// preposition stands between or after).
func fixModalBack(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		if lower[i] != "back" || upos[i] == "VERB" || (!modalAux[lower[i-1]] && lower[i-1] != "to") {
			continue
		}
		switch upos[i+1] {
		case "DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM":
			upos[i] = "VERB"
			changed = true
		}
	}
	return changed
}

// fixCountedParticiple retags a past participle between a number and the
// noun it counts as the adjective it is: in "returned three seized
// vessels" the tagger's verb makes "three" a subject and the vessels the
// participle's object, so the return loses its object.
func fixCountedParticiple(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		if upos[i] != "VERB" || upos[i-1] != "NUM" || !strings.HasSuffix(lower[i], "ed") {
			continue
		}
		if n := upos[i+1]; n != "NOUN" && n != "ADJ" && n != "PROPN" {
			continue
		}
		if i >= 2 && upos[i-2] != "VERB" && upos[i-2] != "DET" && upos[i-2] != "ADP" {
			continue
		}
		upos[i] = "ADJ"
		changed = true
	}
	return changed
}
