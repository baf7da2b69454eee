package ner

// Context aggregation (Ratinov & Roth 2009): a name that recurs in a
// document is usually the same entity each time, so the words around its
// other occurrences are evidence here too. "Atalanta" in "cost Atalanta
// around $ 600,000" is hard alone, but elsewhere the story says "serie A
// club Atalanta" and "Bergamo-based Atalanta".

// occurrence is one capitalised occurrence of a word: where it is and the
// lower-case hashes (as tok.lower) of its neighbours.
type occurrence struct {
	sent, pos   int32
	left, right uint64
}

// maxAggregate bounds the occurrences used per word, keeping the cost of
// a frequent name ("Clinton" twenty times) flat.
const maxAggregate = 4

// scanContexts records every capitalised occurrence of each word.
func (h *docHistory) scanContexts(doc [][]string) {
	if h == nil {
		return
	}
	var buf []byte
	hashes := []uint64{}
	for si, words := range doc {
		hashes = hashes[:0]
		for _, w := range words {
			buf = appendLower(buf[:0], w)
			if isASCII(w) {
				hashes = append(hashes, hashDigitsZero(buf))
			} else {
				hashes = append(hashes, hashStr(normDigits(string(buf))))
			}
		}
		for i, w := range words {
			if c := capClass(w); c == capLower || c == capNone {
				continue
			}
			e := h.entry(appendLower(buf[:0], w))
			if len(e.occ) >= maxAggregate+1 {
				continue
			}
			o := occurrence{sent: int32(si), pos: int32(i), left: padTok.lower, right: padTok.lower}
			if i > 0 {
				o.left = hashes[i-1]
			}
			if i+1 < len(words) {
				o.right = hashes[i+1]
			}
			e.occ = append(e.occ, o)
		}
	}
}

// aggregate appends the neighbour features of the word's occurrences
// other than the one at (sent, pos).
func (e *histEntry) aggregate(sent, pos int, buf []uint64) []uint64 {
	n := 0
	for _, o := range e.occ {
		if int(o.sent) == sent && int(o.pos) == pos {
			continue
		}
		if n == maxAggregate {
			break
		}
		n++
		buf = append(buf, feat1(tAggL, o.left), feat1(tAggR, o.right))
	}
	return buf
}
