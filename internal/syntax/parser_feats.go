package syntax

// Parser feature templates (Zhang & Nivre 2011 style, unlabelled since
// relation labels are assigned by a separate classifier afterwards).
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
)

// parseSent holds per-sentence atoms; index 0 is the root.
type parseSent struct {
	w []uint64 // lower-case word hash
	t []uint64 // tag atom (tag index + 1)
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

func parseFeatures(p *parseSent, s *parseState, buf []uint64) []uint64 {
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
	var s0lc1, s0lc2, s0rc1, s0rc2, s1lc1, s1rc1, s1rc2, b0lc1, b0lc2 int32
	var s0nl, s0nr, s1nr, b0nl uint64
	if s0 >= 0 {
		s0lc1, s0lc2, s0rc1, s0rc2 = s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
		s0nl, s0nr = uint64(s.nl[s0]), uint64(s.nr[s0])
	}
	if s1 >= 0 {
		s1lc1, s1rc1, s1rc2 = s.lc1[s1], s.rc1[s1], s.rc2[s1]
		s1nr = uint64(s.nr[s1])
	}
	if b0 >= 0 {
		b0lc1, b0lc2 = s.lc1[b0], s.lc2[b0]
		b0nl = uint64(s.nl[b0])
	}
	s0w, s0t, s1w, s1t := p.W(s0), p.T(s0), p.W(s1), p.T(s1)
	b0w, b0t, b1w, b1t := p.W(b0), p.T(b0), p.W(b1), p.T(b1)
	var dS0B0, dS1S0 uint64 = 8, 8
	if s0 >= 0 && b0 >= 0 {
		dS0B0 = distBucket(s0, b0)
	}
	if s1 >= 0 {
		dS1S0 = distBucket(s1, s0)
	}
	return append(buf,
		f1(pS0W, s0w), f1(pS0T, s0t), f2(pS0WT, s0w, s0t),
		f1(pS1W, s1w), f1(pS1T, s1t), f2(pS1WT, s1w, s1t),
		f1(pB0W, b0w), f1(pB0T, b0t), f2(pB0WT, b0w, b0t),
		f1(pB1W, b1w), f1(pB1T, b1t), f2(pB1WT, b1w, b1t),
		f1(pB2T, p.T(b2)), f1(pS2T, p.T(s2)),
		f2(pS0WS1W, s0w, s1w), f2(pS0TS1T, s0t, s1t),
		f3(pS0WTS1T, s0w, s0t, s1t), f3(pS0TS1WT, s0t, s1w, s1t),
		f2(pS0WB0W, s0w, b0w), f2(pS0TB0T, s0t, b0t),
		f3(pS0WTB0T, s0w, s0t, b0t), f3(pS0TB0WT, s0t, b0w, b0t),
		f3(pS0S1B0T, s0t, s1t, b0t), f3(pS0B0B1T, s0t, b0t, b1t),
		f3(pS2S1S0T, p.T(s2), s1t, s0t), f3(pB0B1B2T, b0t, b1t, p.T(b2)),
		f2(pS1TB0T, s1t, b0t), f2(pS1WB0W, s1w, b0w),
		f3(pS0Lc, s0t, p.CT(s0lc1), p.CT(s0lc2)),
		f3(pS0Rc, s0t, p.CT(s0rc1), p.CT(s0rc2)),
		f3(pS1Rc, s1t, p.CT(s1rc1), p.CT(s1rc2)),
		f2(pS1Lc, s1t, p.CT(s1lc1)),
		f3(pB0Lc, b0t, p.CT(b0lc1), p.CT(b0lc2)),
		f2(pS0WLc, s0w, p.CT(s0lc1)),
		f2(pB0WLc, b0w, p.CT(b0lc1)),
		f3(pS1S0Rc, s1t, s0t, p.CT(s0rc1)),
		f3(pDistS0B0, dS0B0, s0t, b0t), f3(pDistS1S0, dS1S0, s1t, s0t),
		f3(pValS0W, s0w, s0nl, s0nr), f3(pValS0T, s0t, s0nl, s0nr),
		f2(pValB0T, b0t, b0nl), f2(pValS1T, s1t, s1nr),
		f2(pS0LcW, s0t, p.CW(s0lc1)), f2(pS1RcW, s1t, p.CW(s1rc1)),
		f2(pB0LcW, b0t, p.CW(b0lc1)),
	)
}
