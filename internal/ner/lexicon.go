package ner

import "strings"

// Lexicon holds word-level knowledge learned from unlabelled news text; it
// is derived model data (no text is stored).
//   - Clusters maps a case-sensitive word to a binary-tree path from
//     hierarchical clustering of its contexts, encoded Brown-style with a
//     leading 1 bit (path "0110" is 0b10110). Path prefixes give clusters
//     at several granularities.
//   - CapBin maps a lower-cased word to how often it is capitalised
//     mid-sentence (0 = rarely ... 3 = almost always), which separates
//     "Reuters" from "the" at sentence starts and in all-caps headlines.
type Lexicon struct {
	Clusters map[string]uint32
	CapBin   map[string]uint8
}

// clusterPrefix returns the first n bits of a Brown-style path, still with
// the leading 1 bit; paths shorter than n bits are returned whole.
func clusterPrefix(path uint32, n int) uint32 {
	depth := 0
	for p := path; p > 1; p >>= 1 {
		depth++
	}
	if depth <= n {
		return path
	}
	return path >> uint(depth-n)
}

// capBin buckets the mid-sentence capitalisation ratio of a word; the +1
// offset keeps 0 free for "unknown word".
func capBin(capitalised, total int) uint8 {
	r := float64(capitalised) / float64(total)
	switch {
	case r < 0.1:
		return 1
	case r < 0.5:
		return 2
	case r < 0.9:
		return 3
	}
	return 4
}

// lookupCluster finds the cluster path of w, falling back to its lower-case
// and title-case forms so that headline words (GERMANY) and sentence-initial
// words still get a cluster.
func (l *Lexicon) lookupCluster(w, lower string) (uint32, bool) {
	if p, ok := l.Clusters[w]; ok {
		return p, true
	}
	if p, ok := l.Clusters[lower]; ok {
		return p, true
	}
	if len(lower) > 1 {
		title := strings.ToUpper(lower[:1]) + lower[1:]
		if p, ok := l.Clusters[title]; ok {
			return p, true
		}
	}
	return 0, false
}
