package ner

import (
	"strings"
	"unicode/utf8"
)

// Lexicon holds word-level knowledge learned from unlabelled news text; it
// is derived model data (no text is stored).
//   - Clusters maps a case-sensitive word to a binary-tree path from
//     hierarchical clustering of its contexts, encoded Brown-style with a
//     leading 1 bit (path "0110" is 0b10110). Path prefixes give clusters
//     at several granularities.
//   - CapBin maps a lower-cased word to how often it is capitalised
//     mid-sentence (0 = rarely ... 3 = almost always), which separates
//     "Reuters" from "the" at sentence starts and in all-caps headlines.
//   - Classes maps a case-sensitive word to a flat exchange class
//     (exchange.go), 1-based.
type Lexicon struct {
	Clusters map[string]uint32
	CapBin   map[string]uint8
	Classes  map[string]uint16
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

// wordInfo is what the lexicon knows about one surface form, so that a
// token needs one map lookup where Clusters and CapBin need two: its
// cluster path (Clusters is case-sensitive) and, for a lower-case form,
// its capitalisation bin.
type wordInfo struct {
	path    uint32
	hasPath bool
	capBin  uint8
	class   uint16
}

// index merges Clusters and CapBin into one map.
func (l *Lexicon) index() map[string]wordInfo {
	out := make(map[string]wordInfo, len(l.Clusters)+len(l.CapBin)/4)
	for w, p := range l.Clusters {
		out[w] = wordInfo{path: p, hasPath: true}
	}
	for w, b := range l.CapBin {
		e := out[w]
		e.capBin = b
		out[w] = e
	}
	for w, c := range l.Classes {
		e := out[w]
		e.class = c
		out[w] = e
	}
	return out
}

// wordLex returns lookupCluster(w, lower), CapBin[lower] and the exchange
// class of w (else of lower) from the
// merged index without allocating: maps are indexed with string(bytes),
// the title-case form of an ASCII word is built in s.key, and lookups
// that repeat an earlier one are skipped.
func (m *Model) wordLex(w string, lower []byte, s *scratch) (path uint32, ok bool, capBin uint8, class uint16) {
	e := m.words[w]
	class = e.class
	if w == string(lower) {
		capBin = e.capBin
	} else {
		le := m.words[string(lower)]
		capBin = le.capBin
		if class == 0 {
			class = le.class
		}
		if !e.hasPath && le.hasPath {
			return le.path, true, capBin, class
		}
	}
	if e.hasPath {
		return e.path, true, capBin, class
	}
	if len(lower) > 1 {
		c := lower[0]
		if c >= utf8.RuneSelf {
			path, ok = m.lex.lookupCluster(w, string(lower))
			return path, ok, capBin, class
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		s.key = append(append(s.key[:0], c), lower[1:]...)
		if string(s.key) != w && string(s.key) != string(lower) {
			if te := m.words[string(s.key)]; te.hasPath {
				return te.path, true, capBin, class
			}
		}
	}
	return 0, false, capBin, class
}
