package ner

import "strings"

// docHistory is what tagging knows about the document around a sentence:
//   - "extended prediction history" (Ratinov & Roth 2009): how earlier
//     mentions of a capitalised word were labelled. Names are often
//     introduced unambiguously ("Acme Corp said") and later appear in
//     harder contexts (headlines, tables), so the earlier decision is a
//     strong cue;
//   - how each word is written mid-sentence anywhere in the document
//     (scanCase);
//   - the contexts of the word's other capitalised occurrences (context
//     aggregation, docctx.go).
//
// Keys are lower-cased words. A nil *docHistory means a lone sentence.
type docHistory struct {
	words map[string]*histEntry
	arena []histEntry // backing store of words' entries, sized by scan
	sent  int         // index of the sentence being tagged
	topic uint64      // the document's topic word (genre.go), 0 if none
}

func newDocHistory() *docHistory { return &docHistory{words: map[string]*histEntry{}} }

// histEntry is what the document says about one lower-cased word.
type histEntry struct {
	n    [9]uint16    // labels of its capitalised mentions so far, the last slot counting O
	seen uint8        // seenLower | seenCap
	occ  []occurrence // its capitalised occurrences, in document order
}

const histO = 8

const (
	seenLower = 1 << iota // lower-case mid-sentence somewhere in the document
	seenCap               // capitalised mid-sentence in a normally cased sentence
)

func (h *docHistory) entry(lw []byte) *histEntry {
	e := h.words[string(lw)]
	if e == nil {
		if len(h.arena) < cap(h.arena) {
			h.arena = h.arena[:len(h.arena)+1]
			e = &h.arena[len(h.arena)-1]
		} else {
			e = new(histEntry)
		}
		h.words[string(lw)] = e
	}
	return e
}

// scanCase records, before any tagging, how each word of the document that
// is capitalised somewhere (scanContexts made its entry) is written in
// the middle of normally cased sentences. An all-caps headline
// comes first in a news story, before any history exists; how its words
// are written in the body ("COMELF" later "Comelf", "PROFIT" later
// "profit") is the cue that history cannot give it.
func (h *docHistory) scanCase(doc [][]string) {
	if h == nil {
		return
	}
	var buf []byte
	for _, words := range doc {
		if mostlyCaps(words) {
			continue
		}
		for i, w := range words {
			if i == 0 || strings.Contains(".!?:\"'`", words[i-1]) {
				continue
			}
			var bit uint8
			switch capClass(w) {
			case capLower:
				bit = seenLower
			case capInit, capMixed:
				bit = seenCap
			default:
				continue
			}
			buf = appendLower(buf[:0], w)
			if e := h.words[string(buf)]; e != nil {
				e.seen |= bit
			}
		}
	}
}

// appendLower appends strings.ToLower(w) to b without allocating for ASCII.
func appendLower(b []byte, w string) []byte {
	if !isASCII(w) {
		return append(b, strings.ToLower(w)...)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// add records the labels predicted for one sentence; s holds the words'
// lower-case forms and capitalisation classes from prepare.
func (h *docHistory) add(words []string, s *scratch, labels []int) {
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
		h.entry(s.low(i)).n[slot]++
	}
}

// features appends, for word i of the current sentence with lower-case
// form lw, the majority earlier label (alone and with the word's
// capitalisation class), how the word is written elsewhere, and the
// aggregated contexts of its other occurrences.
func (h *docHistory) features(lw []byte, capc uint64, i int, buf []uint64) []uint64 {
	if h == nil || capc == capLower || capc == capNone {
		return buf
	}
	e := h.words[string(lw)]
	if e == nil {
		return buf
	}
	if e.seen != 0 {
		buf = append(buf, feat2(tDocCase, uint64(e.seen), capc))
	}
	buf = e.aggregate(h.sent, i, buf)
	best, total := 0, 0
	for k, v := range e.n {
		total += int(v)
		if v > e.n[best] {
			best = k
		}
	}
	if total == 0 {
		return buf
	}
	share := uint64(2 * int(e.n[best]) / total) // 1 = all earlier mentions agree
	return append(buf, feat1(tHist, uint64(best)), feat2(tHistCap, uint64(best), capc*4+share))
}

// TagDocument tags the sentences of one document in order, using how
// earlier sentences were tagged as extra evidence. Each element of doc is
// one sentence's words; the result has one IOB2 tag slice per sentence.
func (m *Model) TagDocument(doc [][]string) [][]string {
	out := make([][]string, len(doc))
	hist := newDocHistory()
	hist.scan(doc)
	for i, words := range doc {
		if len(words) == 0 {
			out[i] = []string{}
			continue
		}
		hist.sent = i
		s := m.getScratch(len(words))
		m.prepare(words, s)
		labels := m.decode(s, isHeadline(s.toks), hist, nil, nil)
		hist.add(words, s, labels)
		out[i] = m.iob2(labels)
		m.pool.Put(s)
	}
	return out
}

// scan runs the label-independent document passes. Only capitalised
// words get entries (the features look up no other), so the map and the
// entries are sized once from their count.
func (h *docHistory) scan(doc [][]string) {
	if h == nil {
		return
	}
	n := 0
	for _, words := range doc {
		for _, w := range words {
			if c := capClass(w); c != capLower && c != capNone {
				n++
			}
		}
	}
	h.words = make(map[string]*histEntry, n)
	h.arena = make([]histEntry, 0, n)
	h.scanContexts(doc)
	h.scanCase(doc)
	h.topic = docTopic(doc)
}
