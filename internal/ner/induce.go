package ner

import "strings"

// An induced gazetteer is learnt, not written: a first model tags the
// unlabelled news corpora and every name it finds there often enough, with
// one type most of the time, becomes an entry. This stands in for the
// large Wikipedia-derived lists of feature-based taggers: the second
// model sees that "Dresdner" was an ORG across a hundred news stories even
// if it never occurs in the labelled data. Only phrases and type ids are
// kept, never text.

// maxIndLen is the longest phrase (in words) kept and matched.
const maxIndLen = 5

// induceGazetteer tags docs (tokenised news, one slice per document) with
// m and returns lower-cased phrase -> 1 + 2*type + strong, where strong
// marks phrases seen at least 4 times with 90% agreement. Phrases seen
// fewer than twice or typed inconsistently (under 60%) are dropped.
func induceGazetteer(m *Model, docs [][]string) map[string]uint8 {
	counts := map[string]*[8]uint32{}
	for _, d := range docs {
		sents := splitSentences(d)
		tags := m.TagDocument(sents)
		for si, s := range sents {
			for _, sp := range Spans(tags[si]) {
				if sp.End-sp.Start > maxIndLen {
					continue
				}
				k := strings.ToLower(strings.Join(s[sp.Start:sp.End], " "))
				c := counts[k]
				if c == nil {
					c = new([8]uint32)
					counts[k] = c
				}
				for t, name := range m.types {
					if name == sp.Type && t < len(c) {
						c[t]++
					}
				}
			}
		}
	}
	out := map[string]uint8{}
	for k, c := range counts {
		best, total := 0, uint32(0)
		for t, v := range c {
			total += v
			if v > c[best] {
				best = t
			}
		}
		if total < 2 || float64(c[best]) < 0.6*float64(total) {
			continue
		}
		strong := uint8(0)
		if total >= 4 && float64(c[best]) >= 0.9*float64(total) {
			strong = 1
		}
		out[k] = 1 + 2*uint8(best) + strong
	}
	return out
}

// splitSentences cuts a tokenised document after sentence-final
// punctuation, and every 60 tokens at the latest, so that position
// features see sentence-like units.
func splitSentences(words []string) [][]string {
	var out [][]string
	start := 0
	for i, w := range words {
		if w == "." || w == "!" || w == "?" || i+1-start >= 60 {
			out = append(out, words[start:i+1])
			start = i + 1
		}
	}
	if start < len(words) {
		out = append(out, words[start:])
	}
	return out
}

// matchInduced labels each word with 0 or 2*entry+{0 first, 1 continuation}
// for the longest induced phrase starting at each capitalised word.
func matchInduced(ind map[string]uint8, words []string, out []uint8) {
	clear(out)
	if len(ind) == 0 {
		return
	}
	var key strings.Builder
	for i := 0; i < len(words); {
		if c := capClass(words[i]); c == capLower || c == capNone {
			i++
			continue
		}
		n, code := 0, uint8(0)
		key.Reset()
		for l := 1; l <= maxIndLen && i+l <= len(words); l++ {
			if l > 1 {
				key.WriteByte(' ')
			}
			key.WriteString(strings.ToLower(words[i+l-1]))
			if v, ok := ind[key.String()]; ok {
				n, code = l, v
			}
		}
		if n == 0 {
			i++
			continue
		}
		for k := 0; k < n; k++ {
			out[i+k] = 2 * code
			if k > 0 {
				out[i+k]++
			}
		}
		i += n
	}
}
