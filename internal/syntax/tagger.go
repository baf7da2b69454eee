package syntax

// tagger is a greedy averaged-perceptron sequence tagger. The same code
// serves UPOS and XPOS; only the tag column differs.
type tagger struct {
	tags []string
	lin  *linear
	// dict maps a frequent, (nearly) unambiguous word form to its tag so
	// that the scorer is skipped for it: a large share of running text
	// (punctuation, determiners, prepositions) is decided by one probe.
	dict     *linear // nclass 0: used as a key->row index only
	dictTags []uint8
	// compiled inference form (nil while training)
	tab, dtab *table
	dense     *taggerDense // tab's small-domain features, precomputed
}

// Feature template ids. Kept stable because they are baked into hashes
// of the saved model.
const (
	tBias uint64 = iota + 1
	tLower
	tForm
	tSuf1
	tSuf2
	tSuf3
	tPre1
	tShape
	tPrevW
	tNextW
	tPrev2W
	tNext2W
	tPrevSuf
	tNextSuf
	tP1
	tP1P2
	tP1W
	tPrevWW
	tWNextW
	tNextShape
	tPrevShape
	tP1Suf
	tSuf4
	tPre3
	tP1NextW
)

// padding atoms stand in for words outside the sentence.
var startHash = wordHashes{1, 1, 1, 1, 1, 1, 1, 1, 1}
var endHash = wordHashes{2, 2, 2, 2, 2, 2, 2, 2, 2}

func hashAt(hs []wordHashes, i int) *wordHashes {
	if i < 0 {
		return &startHash
	}
	if i >= len(hs) {
		return &endHash
	}
	return &hs[i]
}

// tagFeatures appends the features of word i given the previous two
// predicted tags (as class index + 1, 0 meaning sentence start).
func tagFeatures(hs []wordHashes, i int, p1, p2 uint64, buf []uint64) []uint64 {
	w := &hs[i]
	pw, nw := hashAt(hs, i-1), hashAt(hs, i+1)
	pw2, nw2 := hashAt(hs, i-2), hashAt(hs, i+2)
	return append(buf,
		f1(tBias, 0),
		f1(tLower, w.lower),
		f1(tForm, w.form),
		f1(tSuf1, w.suf1),
		f1(tSuf2, w.suf2),
		f1(tSuf3, w.suf3),
		f1(tPre1, w.pre1),
		f1(tShape, w.shape),
		f1(tPrevW, pw.lower),
		f1(tNextW, nw.lower),
		f1(tPrev2W, pw2.lower),
		f1(tNext2W, nw2.lower),
		f1(tPrevSuf, pw.suf3),
		f1(tNextSuf, nw.suf3),
		f1(tP1, p1),
		f2(tP1P2, p1, p2),
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
}

// dictTag returns the dictionary tag of a word (by case-sensitive form
// hash) or -1.
func (t *tagger) dictTag(w *wordHashes) int {
	if t.dtab != nil {
		if v, ok := t.dtab.find(w.form); ok {
			return int(v)
		}
		return -1
	}
	if t.dict == nil {
		return -1
	}
	r := t.dict.find(w.form)
	if r < 0 {
		return -1
	}
	return int(t.dictTags[r])
}

// tag writes class indices for every word into out using scratch buffers.
func (t *tagger) tag(hs []wordHashes, out []int, feats []uint64, scores []float32) {
	if t.tab != nil {
		t.tagFast(hs, out, feats)
		return
	}
	var p1, p2 uint64
	scores = scores[:len(t.tags)]
	for i := range hs {
		c := t.dictTag(&hs[i])
		if c < 0 {
			feats = tagFeatures(hs, i, p1, p2, feats[:0])
			t.lin.score(feats, scores)
			c = argmax(scores)
		}
		out[i] = c
		p2, p1 = p1, uint64(c)+1
	}
}

// tagFast is tag on the compiled table (int16 weights, int32 sums).
func (t *tagger) tagFast(hs []wordHashes, out []int, feats []uint64) {
	var p1, p2 uint64
	var buf [256]int32
	scores := buf[:len(t.tags)]
	for i := range hs {
		c := t.dictTag(&hs[i])
		if c < 0 && t.dense != nil {
			feats = tagSplit(hs, i, p1, t.dense, feats[:0])
			t.tab.score(feats, scores)
			t.dense.addDense(t.tab, &hs[i], p1, p2, scores)
			c = argmaxI32(scores)
		} else if c < 0 {
			feats = tagFeatures(hs, i, p1, p2, feats[:0])
			t.tab.score(feats, scores)
			c = argmaxI32(scores)
		}
		out[i] = c
		p2, p1 = p1, uint64(c)+1
	}
}

func argmaxI32(s []int32) int {
	if len(s) == 0 {
		return 0
	}
	best, bv := 0, s[0] // the best value kept in a register
	for i, v := range s {
		if v > bv {
			best, bv = i, v
		}
	}
	return best
}
