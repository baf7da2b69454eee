package ner

import "strings"

// docHistory implements "extended prediction history" (Ratinov & Roth
// 2009): within a document, how other mentions of a capitalised word were
// labelled. Names are often introduced unambiguously ("Acme Corp said") and
// elsewhere appear in harder contexts (headlines, tables), so the decision
// taken there is a strong cue. Keys are lower-cased words; the counts are
// per entity type, with the last slot counting O.
type docHistory map[string]*[9]uint16

const histO = 8

// add records the labels predicted for one sentence.
func (h docHistory) add(words []string, labels []int) { h.count(words, labels, 1) }

// sub removes what add recorded for the same sentence and labels.
func (h docHistory) sub(words []string, labels []int) { h.count(words, labels, -1) }

func (h docHistory) count(words []string, labels []int, d int) {
	if h == nil {
		return
	}
	for i, w := range words {
		if c := capClass(w); c == capLower || c == capNone {
			continue
		}
		slot := histO
		if labels[i] > 0 {
			slot = typeOf(labels[i])
		}
		k := strings.ToLower(w)
		e := h[k]
		if e == nil {
			e = new([9]uint16)
			h[k] = e
		}
		e[slot] = uint16(int(e[slot]) + d)
	}
}

// summary returns the majority label slot of word and how strongly the
// other mentions agree (share: 2 = all, 1 = at least half), or ok=false if
// the word has no recorded mentions or is not capitalised.
func (h docHistory) summary(word string, capc uint64) (best, share int, ok bool) {
	if len(h) == 0 || capc == capLower || capc == capNone {
		return 0, 0, false
	}
	e := h[strings.ToLower(word)]
	if e == nil {
		return 0, 0, false
	}
	total := 0
	for k, v := range e {
		total += int(v)
		if v > e[best] {
			best = k
		}
	}
	if total == 0 {
		return 0, 0, false
	}
	return best, 2 * int(e[best]) / total, true
}

// features appends the majority label of the word's other mentions (if
// any), alone and with the word's capitalisation class.
func (h docHistory) features(word string, capc uint64, buf []uint64) []uint64 {
	best, share, ok := h.summary(word, capc)
	if !ok {
		return buf
	}
	return append(buf, feat1(tHist, uint64(best)), feat2(tHistCap, uint64(best), capc*4+uint64(share)))
}

// signature encodes the history features of every word of a sentence, so
// the second pass of TagDocument can skip sentences whose features did not
// change (greedy decoding is deterministic, so their labels cannot change).
func (h docHistory) signature(words []string, buf []uint16) []uint16 {
	buf = buf[:0]
	for _, w := range words {
		best, share, ok := h.summary(w, uint64(capClass(w)))
		v := uint16(0)
		if ok {
			v = uint16(1 + best*4 + share)
		}
		buf = append(buf, v)
	}
	return buf
}
