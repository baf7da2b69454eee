package ner

import (
	"sync"

	"sitrep/internal/lexicon"
)

// lexTypes numbers the entity types of internal/lexicon entries; 0 means
// no match. The ids are part of the trained features: append only.
var lexTypes = map[string]uint8{"GPE": 1, "ORG": 2, "PER": 3, "NORP": 4, "LOC": 5, "FAC": 6}

var (
	lexOnce sync.Once
	lexGaz  *lexicon.Gazetteer
)

// factGazetteer returns sitrep's actor lexicon (countries, organisations,
// armed groups, office holders, places), used as a second gazetteer
// feature next to gazetteer.txt. It is loaded once per process.
func factGazetteer() *lexicon.Gazetteer {
	lexOnce.Do(func() { lexGaz = lexicon.Default() })
	return lexGaz
}

// matchLexicon labels each word with 0 (no phrase of the lexicon covers
// it) or 2*type+{0 first word, 1 continuation}, taking the longest phrase
// at each start, left to right. Only capitalised starts are tried, which
// keeps lower-case role words and common nouns out and the scan cheap.
func matchLexicon(words []string, out []uint8) {
	g := factGazetteer()
	clear(out)
	for i := 0; i < len(words); {
		if c := capClass(words[i]); c == capLower || c == capNone {
			i++
			continue
		}
		n, es := g.LongestMatch(words, i)
		if n == 0 || len(es) == 0 {
			i++
			continue
		}
		t := lexTypes[es[0].Type]
		for k := 0; k < n; k++ {
			out[i+k] = 2 * t
			if k > 0 {
				out[i+k]++
			}
		}
		i += n
	}
}
