package events

import "strings"

// fixIrregularPast retags the simple past of an irregular table verb that
// the tagger read as a noun between a plural or proper subject and its
// object: in "Israeli warplanes struck targets in Lebanon" the form
// "struck" reads as a noun in a noun-noun-noun run and the strike loses
// its verb. FixTags' own rule only retags "-s" and "-ed" forms. Only
// past forms that differ from the lemma and are not participles
// ("taken", "stricken") count, and "left" (the political side) is left
// alone. It reports whether a tag changed.
func (l *Lexicon) fixIrregularPast(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "NOUN" || !irregularSimplePast[w] || !l.verbOnly(w) {
			continue
		}
		prev, next := upos[i-1], upos[i+1]
		plural := prev == "PROPN" || (prev == "NOUN" && strings.HasSuffix(lower[i-1], "s"))
		if !plural {
			continue
		}
		// A participle before the object's noun ("struck suspected
		// positions") is the object's modifier.
		modifier := next == "VERB" && i+2 < len(upos) && strings.HasSuffix(lower[i+1], "ed") &&
			(upos[i+2] == "NOUN" || upos[i+2] == "PROPN")
		switch {
		case modifier, next == "DET", next == "NOUN", next == "PROPN", next == "ADJ", next == "NUM", next == "PRON":
			upos[i] = "VERB"
			changed = true
		}
	}
	return changed
}

// irregularSimplePast holds the simple-past forms of the irregular list.
var irregularSimplePast = func() map[string]bool {
	m := map[string]bool{}
	for lemma, forms := range irregular {
		for _, f := range forms {
			if f == lemma || f == "left" || f == "does" || strings.HasSuffix(f, "en") ||
				strings.HasSuffix(f, "wn") || strings.HasSuffix(f, "rn") || strings.HasSuffix(f, "ne") {
				continue
			}
			m[f] = true
		}
	}
	return m
}()
