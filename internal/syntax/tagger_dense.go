package syntax

// The tagger's small-domain features are answered without hashing or
// probing: the bias and the previous one and two tags (tBias, tP1,
// tP1P2) as one summed row per pair of previous tags, and the first and
// last letter (tPre1, tSuf1) as row payloads for ASCII letters. Sums are
// those of table.score over the same features, so tags are unchanged.
type taggerDense struct {
	nc   int
	prev []int32  // [(p1*np + p2)*nc + class], np = classes+1 (0: start)
	pre1 []uint64 // row payload of f1(tPre1, a) for a < asciiAtoms, 0 if none
	suf1 []uint64
}

// asciiAtoms bounds the dense pre1/suf1 atoms (rune+1 for ASCII runes).
const asciiAtoms = 129

func newTaggerDense(t *table, nc int) *taggerDense {
	if t == nil || nc == 0 || nc > 255 {
		return nil
	}
	np := nc + 1
	d := &taggerDense{nc: nc, prev: make([]int32, np*np*nc),
		pre1: make([]uint64, asciiAtoms), suf1: make([]uint64, asciiAtoms)}
	row := make([]int32, nc)
	for p1 := 0; p1 < np; p1++ {
		for p2 := 0; p2 < np; p2++ {
			t.score([]uint64{f1(tBias, 0), f1(tP1, uint64(p1)), f2(tP1P2, uint64(p1), uint64(p2))}, row)
			copy(d.prev[(p1*np+p2)*nc:], row)
		}
	}
	for a := range asciiAtoms {
		d.pre1[a], _ = t.find(f1(tPre1, uint64(a)))
		d.suf1[a], _ = t.find(f1(tSuf1, uint64(a)))
	}
	return d
}

// tagSplit appends the features of word i that d does not answer, and
// adds the ones it answers into scores (which table.score then clears:
// so they are added after, by addDense).
func tagSplit(hs []wordHashes, i int, p1 uint64, d *taggerDense, buf []uint64) []uint64 {
	w := &hs[i]
	pw, nw := hashAt(hs, i-1), hashAt(hs, i+1)
	pw2, nw2 := hashAt(hs, i-2), hashAt(hs, i+2)
	buf = append(buf,
		f1(tLower, w.lower),
		f1(tForm, w.form),
		f1(tSuf2, w.suf2),
		f1(tSuf3, w.suf3),
		f1(tShape, w.shape),
		f1(tPrevW, pw.lower),
		f1(tNextW, nw.lower),
		f1(tPrev2W, pw2.lower),
		f1(tNext2W, nw2.lower),
		f1(tPrevSuf, pw.suf3),
		f1(tNextSuf, nw.suf3),
		f2(tP1W, p1, w.lower),
		f2(tPrevWW, pw.lower, w.lower),
		f2(tWNextW, w.lower, nw.lower),
		f1(tNextShape, nw.shape),
		f1(tPrevShape, pw.shape),
		f2(tP1Suf, p1, w.suf3),
		f1(tSuf4, w.suf4),
		f1(tPre3, w.pre3),
		f2(tP1NextW, p1, nw.lower),
	)
	if w.pre1 >= asciiAtoms {
		buf = append(buf, f1(tPre1, w.pre1))
	}
	if w.suf1 >= asciiAtoms {
		buf = append(buf, f1(tSuf1, w.suf1))
	}
	return buf
}

// addDense adds the dense features of word w with previous tags p1, p2.
func (d *taggerDense) addDense(t *table, w *wordHashes, p1, p2 uint64, scores []int32) {
	np := uint64(d.nc + 1)
	for c, v := range d.prev[(p1*np+p2)*uint64(d.nc):][:d.nc] {
		scores[c] += v
	}
	if w.pre1 < asciiAtoms {
		if p := d.pre1[w.pre1]; p != 0 {
			t.addRow(p, scores)
		}
	}
	if w.suf1 < asciiAtoms {
		if p := d.suf1[w.suf1]; p != 0 {
			t.addRow(p, scores)
		}
	}
}
