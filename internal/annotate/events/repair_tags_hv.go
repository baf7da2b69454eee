package events

import "strings"

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

// notPlaceNames are function words that title-case to a gazetteer name.
var notPlaceNames = map[string]bool{"also": true, "then": true, "when": true}
