package events

import (
	"strings"

	"sitrep/internal/lexicon"
)

// dev2 (hV) tag repairs: words the tagger reads in a class they never or
// hardly ever take in news text.

func init() {
	// "withheld" is the past of "withhold" (162 "reduce or stop aid").
	irregular["withhold"] = []string{"withheld"}
}

// fixNeverVerbs retags nouns the tagger reads as verbs or adjectives
// ("graves" in "exhumed mass graves", "tribunal" from its "-al"), and
// "withheld" read as a preposition (a verb only). It reports whether a
// tag changed.
func fixNeverVerbs(lower, upos []string) bool {
	changed := false
	for i, w := range lower {
		switch {
		case onlyNouns[w] && upos[i] != "NOUN" && upos[i] != "PROPN":
			upos[i] = "NOUN"
			changed = true
		case w == "withheld" && upos[i] == "ADP":
			upos[i] = "VERB"
			changed = true
		}
	}
	return changed
}

// fixCoordinatedPast retags the irregular simple past of a table verb
// read as a noun after its subject when "and" and another past verb
// follow: in "a gunman shot and wounded the minister" both are verbs. A
// noun phrase ("the first shot and ...") has no past verb after "and".
func fixCoordinatedPast(lower, upos []string) bool {
	changed := false
	for i := 1; i+2 < len(lower); i++ {
		if upos[i] != "NOUN" || !irregularSimplePast[lower[i]] || lower[i+1] != "and" {
			continue
		}
		if p := upos[i-1]; p != "NOUN" && p != "PROPN" {
			continue
		}
		next := lower[i+2]
		if upos[i+2] == "VERB" && (strings.HasSuffix(next, "ed") || irregularSimplePast[next]) {
			upos[i] = "VERB"
			changed = true
		}
	}
	return changed
}

// onlyNouns are words that are nouns in every news use.
var onlyNouns = map[string]bool{"graves": true, "tribunal": true, "tribunals": true, "arsenal": true,
	"arsenals": true}

// fixPlaceNameTag retags a country or capital name the tagger read as an
// adverb, auxiliary or conjunction ("Moscow" as an adverb, "Beijing" as an
// auxiliary before "expelled"): a gazetteer state or seat of government is
// a proper noun. Only function-word classes are retagged, so a name that
// is also a common noun or verb ("Turkey", "Chad") keeps its tag. It
// reports whether a tag changed.
func fixPlaceNameTag(lower, upos []string) bool {
	changed := false
	for i, w := range lower {
		switch upos[i] {
		case "ADV", "AUX", "SCONJ", "CCONJ", "INTJ":
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
		for _, e := range lexicon.Default().Lookup(strings.ToUpper(w[:1]) + w[1:]) {
			if e.Kind == lexicon.KindCountry || e.Kind == lexicon.KindCapital || e.Kind == lexicon.KindMetonym {
				upos[i] = "PROPN"
				changed = true
				break
			}
		}
	}
	return changed
}

// notPlaceNames are function words that title-case to a gazetteer name.
var notPlaceNames = map[string]bool{"also": true, "then": true, "when": true}
