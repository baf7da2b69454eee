package syntax

// Parser feature templates (Zhang & Nivre 2011 style, unlabelled since
// relation labels are assigned by a separate classifier afterwards).
// Feature set 1 is the first 45; set 2 (parser.v2) adds 12: third-order
// tag features, b0-b1 word bigrams, s0's right child's word and s0's
// word with the s0-b0 distance.
const (
	pS0W uint64 = iota + 100
	pS0T
	pS0WT
	pS1W
	pS1T
	pS1WT
	pB0W
	pB0T
	pB0WT
	pB1W
	pB1T
	pB1WT
	pB2T
	pS2T
	pS0WS1W
	pS0TS1T
	pS0WTS1T
	pS0TS1WT
	pS0WB0W
	pS0TB0T
	pS0WTB0T
	pS0TB0WT
	pS0S1B0T
	pS0B0B1T
	pS2S1S0T
	pB0B1B2T
	pS1TB0T
	pS1WB0W
	pS0Lc
	pS0Rc
	pS1Rc
	pS1Lc
	pB0Lc
	pS0WLc
	pB0WLc
	pS1S0Rc
	pDistS0B0
	pDistS1S0
	pValS0W
	pValS0T
	pValB0T
	pValS1T
	pS0LcW
	pS1RcW
	pB0LcW
	// feature set 2: third-order tag features (dense), buffer word
	// bigrams (a function of b0 alone, so folded into its role), the
	// right child's word and word-distance
	pS0TB0TB0Lc
	pS0TS0LcB0T
	pS0TS0RcB0T
	pS1TS1RcS0T
	pS1TS0TB1T
	pS1Lc2
	pValS1L
	pB0WB1W
	pB0WB1T
	pB0TB1W
	pS0RcW
	pDistS0W
)

// parseSent holds per-sentence atoms; index 0 is the root.
type parseSent struct {
	w []uint64 // lower-case word hash
	t []uint64 // tag atom (tag index + 1)
	// roles[r][i+1] is the packed weight sum of word i's two features in
	// role r (S0, S1, B0, B1; i = -1: no word), see fillRoles
	roles     [4][]int64
	roleFeats []uint64 // fillRoles' scratch
	v2        bool     // feature set 2 (the parser's)
}

func (p *parseSent) W(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return p.w[i]
}

func (p *parseSent) T(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return p.t[i]
}

// child atoms: 0 means "no child" (the root is never a child).
func (p *parseSent) CT(i int32) uint64 {
	if i <= 0 {
		return 0
	}
	return p.t[i]
}

func (p *parseSent) CW(i int32) uint64 {
	if i <= 0 {
		return 0
	}
	return p.w[i]
}

func distBucket(a, b int32) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// parseAtoms are the atoms of one parser configuration that the feature
// templates combine.
type parseAtoms struct {
	s0w, s0t, s1w, s1t, b0w, b0t, b1w, b1t, b2t, s2t              uint64
	s0lc1, s0lc2, s0rc1, s0rc2, s1lc1, s1rc1, s1rc2, b0lc1, b0lc2 uint64 // child tags
	s1lc2                                                         uint64 // child tags
	s0lcw, s1rcw, b0lcw, s0rcw                                    uint64 // child words
	is0, is1, ib0, ib1                                            int32  // word indices, -1 if none
	s0nl, s0nr, s1nr, b0nl, s1nl                                  uint64
	dS0B0, dS1S0                                                  uint64
}

func atomsOf(p *parseSent, s *parseState) parseAtoms {
	k := len(s.stack)
	var s0, s1, s2, b0, b1, b2 int32 = -1, -1, -1, -1, -1, -1
	if k >= 1 {
		s0 = s.stack[k-1]
	}
	if k >= 2 {
		s1 = s.stack[k-2]
	}
	if k >= 3 {
		s2 = s.stack[k-3]
	}
	if s.b <= s.n {
		b0 = int32(s.b)
	}
	if s.b+1 <= s.n {
		b1 = int32(s.b + 1)
	}
	if s.b+2 <= s.n {
		b2 = int32(s.b + 2)
	}
	var s0lc1, s0lc2, s0rc1, s0rc2, s1lc1, s1lc2, s1rc1, s1rc2, b0lc1, b0lc2 int32
	a := parseAtoms{is0: s0, is1: s1, ib0: b0, ib1: b1}
	if s0 >= 0 {
		s0lc1, s0lc2, s0rc1, s0rc2 = s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
		a.s0nl, a.s0nr = uint64(s.nl[s0]), uint64(s.nr[s0])
	}
	if s1 >= 0 {
		s1lc1, s1lc2, s1rc1, s1rc2 = s.lc1[s1], s.lc2[s1], s.rc1[s1], s.rc2[s1]
		a.s1nr, a.s1nl = uint64(s.nr[s1]), uint64(s.nl[s1])
	}
	if b0 >= 0 {
		b0lc1, b0lc2 = s.lc1[b0], s.lc2[b0]
		a.b0nl = uint64(s.nl[b0])
	}
	a.s0w, a.s0t, a.s1w, a.s1t = p.W(s0), p.T(s0), p.W(s1), p.T(s1)
	a.b0w, a.b0t, a.b1w, a.b1t = p.W(b0), p.T(b0), p.W(b1), p.T(b1)
	a.b2t, a.s2t = p.T(b2), p.T(s2)
	a.s0lc1, a.s0lc2, a.s0rc1, a.s0rc2 = p.CT(s0lc1), p.CT(s0lc2), p.CT(s0rc1), p.CT(s0rc2)
	a.s1lc1, a.s1lc2, a.s1rc1, a.s1rc2 = p.CT(s1lc1), p.CT(s1lc2), p.CT(s1rc1), p.CT(s1rc2)
	a.b0lc1, a.b0lc2 = p.CT(b0lc1), p.CT(b0lc2)
	a.s0lcw, a.s1rcw, a.b0lcw, a.s0rcw = p.CW(s0lc1), p.CW(s1rc1), p.CW(b0lc1), p.CW(s0rc1)
	a.dS0B0, a.dS1S0 = 8, 8
	if s0 >= 0 && b0 >= 0 {
		a.dS0B0 = distBucket(s0, b0)
	}
	if s1 >= 0 {
		a.dS1S0 = distBucket(s1, s0)
	}
	return a
}

// parseFeatures appends all features (45, or 57 in set 2) of the
// configuration, in the order training saw them.
func parseFeatures(p *parseSent, s *parseState, buf []uint64) []uint64 {
	a := atomsOf(p, s)
	return allFeatures(&a, buf, p.v2)
}

func allFeatures(a *parseAtoms, buf []uint64, v2 bool) []uint64 {
	buf = append(buf,
		f1(pS0W, a.s0w), f1(pS0T, a.s0t), f2(pS0WT, a.s0w, a.s0t),
		f1(pS1W, a.s1w), f1(pS1T, a.s1t), f2(pS1WT, a.s1w, a.s1t),
		f1(pB0W, a.b0w), f1(pB0T, a.b0t), f2(pB0WT, a.b0w, a.b0t),
		f1(pB1W, a.b1w), f1(pB1T, a.b1t), f2(pB1WT, a.b1w, a.b1t),
		f1(pB2T, a.b2t), f1(pS2T, a.s2t),
		f2(pS0WS1W, a.s0w, a.s1w), f2(pS0TS1T, a.s0t, a.s1t),
		f3(pS0WTS1T, a.s0w, a.s0t, a.s1t), f3(pS0TS1WT, a.s0t, a.s1w, a.s1t),
		f2(pS0WB0W, a.s0w, a.b0w), f2(pS0TB0T, a.s0t, a.b0t),
		f3(pS0WTB0T, a.s0w, a.s0t, a.b0t), f3(pS0TB0WT, a.s0t, a.b0w, a.b0t),
		f3(pS0S1B0T, a.s0t, a.s1t, a.b0t), f3(pS0B0B1T, a.s0t, a.b0t, a.b1t),
		f3(pS2S1S0T, a.s2t, a.s1t, a.s0t), f3(pB0B1B2T, a.b0t, a.b1t, a.b2t),
		f2(pS1TB0T, a.s1t, a.b0t), f2(pS1WB0W, a.s1w, a.b0w),
		f3(pS0Lc, a.s0t, a.s0lc1, a.s0lc2),
		f3(pS0Rc, a.s0t, a.s0rc1, a.s0rc2),
		f3(pS1Rc, a.s1t, a.s1rc1, a.s1rc2),
		f2(pS1Lc, a.s1t, a.s1lc1),
		f3(pB0Lc, a.b0t, a.b0lc1, a.b0lc2),
		f2(pS0WLc, a.s0w, a.s0lc1),
		f2(pB0WLc, a.b0w, a.b0lc1),
		f3(pS1S0Rc, a.s1t, a.s0t, a.s0rc1),
		f3(pDistS0B0, a.dS0B0, a.s0t, a.b0t), f3(pDistS1S0, a.dS1S0, a.s1t, a.s0t),
		f3(pValS0W, a.s0w, a.s0nl, a.s0nr), f3(pValS0T, a.s0t, a.s0nl, a.s0nr),
		f2(pValB0T, a.b0t, a.b0nl), f2(pValS1T, a.s1t, a.s1nr),
		f2(pS0LcW, a.s0t, a.s0lcw), f2(pS1RcW, a.s1t, a.s1rcw),
		f2(pB0LcW, a.b0t, a.b0lcw),
	)
	if !v2 {
		return buf
	}
	return append(buf,
		f3(pS0TB0TB0Lc, a.s0t, a.b0t, a.b0lc1), f3(pS0TS0LcB0T, a.s0t, a.s0lc1, a.b0t),
		f3(pS0TS0RcB0T, a.s0t, a.s0rc1, a.b0t), f3(pS1TS1RcS0T, a.s1t, a.s1rc1, a.s0t),
		f3(pS1TS0TB1T, a.s1t, a.s0t, a.b1t), f3(pS1Lc2, a.s1t, a.s1lc1, a.s1lc2),
		f2(pValS1L, a.s1t, a.s1nl),
		f2(pB0WB1W, a.b0w, a.b1w), f2(pB0WB1T, a.b0w, a.b1t), f2(pB0TB1W, a.b0t, a.b1w),
		f2(pS0RcW, a.s0t, a.s0rcw), f2(pDistS0W, a.dS0B0, a.s0w),
	)
}

// splitFeatures adds the packed weights of the tag-only features (from
// tf) to sum and those of the four words' own features (p.roles) to
// words, and appends the hashes of the others, for the table:
// together they are parseFeatures scored by table3, in less time. When a
// tag atom is out of tf's ranges it appends all hashes instead.
func splitFeatures(p *parseSent, s *parseState, tf *dense, buf []uint64, sum, words *int64) []uint64 {
	a := atomsOf(p, s)
	v, ok := tf.tagSum(&a)
	if !ok {
		return allFeatures(&a, buf, p.v2)
	}
	*sum += v
	*words += p.roles[0][a.is0+1] + p.roles[1][a.is1+1] + p.roles[2][a.ib0+1] + p.roles[3][a.ib1+1]
	buf = append(buf,
		f2(pS0WS1W, a.s0w, a.s1w),
		f3(pS0WTS1T, a.s0w, a.s0t, a.s1t), f3(pS0TS1WT, a.s0t, a.s1w, a.s1t),
		f2(pS0WB0W, a.s0w, a.b0w),
		f3(pS0WTB0T, a.s0w, a.s0t, a.b0t), f3(pS0TB0WT, a.s0t, a.b0w, a.b0t),
		f2(pS1WB0W, a.s1w, a.b0w),
		f2(pS0WLc, a.s0w, a.s0lc1),
		f2(pB0WLc, a.b0w, a.b0lc1),
		f3(pValS0W, a.s0w, a.s0nl, a.s0nr),
		f2(pS0LcW, a.s0t, a.s0lcw), f2(pS1RcW, a.s1t, a.s1rcw),
		f2(pB0LcW, a.b0t, a.b0lcw),
	)
	if !p.v2 {
		return buf
	}
	return append(buf, f2(pS0RcW, a.s0t, a.s0rcw), f2(pDistS0W, a.dS0B0, a.s0w))
}
