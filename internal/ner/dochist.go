package ner

// docHistory implements "extended prediction history" (Ratinov & Roth
// 2009): within a document, how earlier mentions of a capitalised word were
// labelled. Names are often introduced unambiguously ("Acme Corp said") and
// later appear in harder contexts (headlines, tables), so the earlier
// decision is a strong cue. Keys are lower-cased words; the counts are per
// entity type, with the last slot counting O.
type docHistory map[string]*[9]uint16

const histO = 8

// add records the labels predicted for one sentence; s holds the words'
// lower-case forms and capitalisation classes from prepare.
func (h docHistory) add(words []string, s *scratch, labels []int) {
	if h == nil {
		return
	}
	for i := range words {
		if c := s.toks[i].cap; c == capLower || c == capNone {
			continue
		}
		slot := histO
		if labels[i] > 0 {
			slot = typeOf(labels[i])
		}
		lw := s.low(i)
		e := h[string(lw)]
		if e == nil {
			e = new([9]uint16)
			h[string(lw)] = e
		}
		e[slot]++
	}
}

// features appends the majority earlier label of the word whose
// lower-case form is lw (if any), alone and with the word's
// capitalisation class.
func (h docHistory) features(lw []byte, capc uint64, buf []uint64) []uint64 {
	if len(h) == 0 || capc == capLower || capc == capNone {
		return buf
	}
	e := h[string(lw)]
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
		m.prepare(words, s)
		labels := m.decode(s, isHeadline(s.toks), hist, nil, nil)
		hist.add(words, s, labels)
		out[i] = m.iob2(labels)
		m.pool.Put(s)
	}
	return out
}
