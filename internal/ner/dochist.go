package ner

import "strings"

// docHistory implements "extended prediction history" (Ratinov & Roth
// 2009): within a document, how earlier mentions of a capitalised word were
// labelled. Names are often introduced unambiguously ("Acme Corp said") and
// later appear in harder contexts (headlines, tables), so the earlier
// decision is a strong cue. Keys are lower-cased words; the counts are per
// entity type, with the last slot counting O.
type docHistory map[string]*[9]uint16

const histO = 8

// add records the labels predicted for one sentence.
func (h docHistory) add(words []string, labels []int, ntypes int) {
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
		e[slot]++
	}
}

// features appends the majority earlier label of word (if any), alone and
// with the word's capitalisation class.
func (h docHistory) features(word string, capc uint64, buf []uint64) []uint64 {
	if len(h) == 0 || capc == capLower || capc == capNone {
		return buf
	}
	e := h[strings.ToLower(word)]
	if e == nil {
		return buf
	}
	best, total := 0, 0
	for k, v := range e {
		total += int(v)
		if v > e[best] {
			best = k
		}
	}
	share := uint64(2 * int(e[best]) / total) // 1 = all earlier mentions agree
	return append(buf, feat1(tHist, uint64(best)), feat2(tHistCap, uint64(best), capc*4+share))
}

// TagDocument tags the sentences of one document in order, using how
// earlier sentences were tagged as extra evidence. Each element of doc is
// one sentence's words; the result has one IOB2 tag slice per sentence.
func (m *Model) TagDocument(doc [][]string) [][]string {
	out := make([][]string, len(doc))
	hist := docHistory{}
	for i, words := range doc {
		if len(words) == 0 {
			out[i] = []string{}
			continue
		}
		s := m.getScratch(len(words))
		m.prepare(words, s.toks)
		labels := m.decode(s, isAllCapsSentence(words), hist, words, nil, nil)
		hist.add(words, labels, len(m.types))
		out[i] = decodeIOB2(labels, m.types)
		m.pool.Put(s)
	}
	return out
}
