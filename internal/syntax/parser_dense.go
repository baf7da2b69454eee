package syntax

// The parser's tag-only feature templates (24 of its 45, 31 of 57 in
// feature set 2: the tags of the stack and buffer words and of their
// children, distance and valency buckets) are answered by a dense array
// (see dense), whose entries hold table3's three int16 weights packed for
// summing (pack).

const (
	maxVal = 16 // valency atoms 0..maxVal-1 are dense
	nDist  = 9  // distBucket 0..7, and 8 when a word is missing
)

// parserDense lists the tag-only templates, in the order tagSum reads them.
var parserDense = []denseTmpl{
	{id: pS0T, dom: [3]int{tagDom}}, {id: pS1T, dom: [3]int{tagDom}}, {id: pB0T, dom: [3]int{tagDom}},
	{id: pB1T, dom: [3]int{tagDom}}, {id: pB2T, dom: [3]int{tagDom}}, {id: pS2T, dom: [3]int{tagDom}},
	{id: pS0TS1T, dom: [3]int{tagDom, tagDom}}, {id: pS0TB0T, dom: [3]int{tagDom, tagDom}},
	{id: pS0S1B0T, dom: [3]int{tagDom, tagDom, tagDom}}, {id: pS0B0B1T, dom: [3]int{tagDom, tagDom, tagDom}},
	{id: pS2S1S0T, dom: [3]int{tagDom, tagDom, tagDom}}, {id: pB0B1B2T, dom: [3]int{tagDom, tagDom, tagDom}},
	{id: pS1TB0T, dom: [3]int{tagDom, tagDom}},
	{id: pS0Lc, dom: [3]int{tagDom, tagDom, tagDom}}, {id: pS0Rc, dom: [3]int{tagDom, tagDom, tagDom}},
	{id: pS1Rc, dom: [3]int{tagDom, tagDom, tagDom}}, {id: pS1Lc, dom: [3]int{tagDom, tagDom}},
	{id: pB0Lc, dom: [3]int{tagDom, tagDom, tagDom}}, {id: pS1S0Rc, dom: [3]int{tagDom, tagDom, tagDom}},
	{id: pDistS0B0, dom: [3]int{nDist, tagDom, tagDom}}, {id: pDistS1S0, dom: [3]int{nDist, tagDom, tagDom}},
	{id: pValS0T, dom: [3]int{tagDom, maxVal, maxVal}}, {id: pValB0T, dom: [3]int{tagDom, maxVal}},
	{id: pValS1T, dom: [3]int{tagDom, maxVal}},
}

// parserDenseV2 adds feature set 2's tag-only templates.
var parserDenseV2 = append(parserDense[:len(parserDense):len(parserDense)],
	denseTmpl{id: pS0TB0TB0Lc, dom: [3]int{tagDom, tagDom, tagDom}}, denseTmpl{id: pS0TS0LcB0T, dom: [3]int{tagDom, tagDom, tagDom}},
	denseTmpl{id: pS0TS0RcB0T, dom: [3]int{tagDom, tagDom, tagDom}}, denseTmpl{id: pS1TS1RcS0T, dom: [3]int{tagDom, tagDom, tagDom}},
	denseTmpl{id: pS1TS0TB1T, dom: [3]int{tagDom, tagDom, tagDom}}, denseTmpl{id: pS1Lc2, dom: [3]int{tagDom, tagDom, tagDom}},
	denseTmpl{id: pValS1L, dom: [3]int{tagDom, maxVal}},
)

// newParserDense precomputes the tag-only features of t for nt tags
// (those of feature set 2 if v2).
func newParserDense(t *table3, nt int, v2 bool) *dense {
	if t == nil {
		return nil
	}
	specs := parserDense
	if v2 {
		specs = parserDenseV2
	}
	return newDense(nt, specs, func(f uint64) uint64 { return uint64(pack(t.lookup(f))) })
}

// lookup is table3.score for one feature: its packed weights or 0.
func (t *table3) lookup(f uint64) uint64 {
	fp := fp16(f)
	for i := f & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s&0xffff == fp {
			return s >> 16
		}
		if s == 0 {
			return 0
		}
	}
}

// pack turns table3's three int16 weights into one int64 whose sums
// unpack exactly: a + b<<21 + c<<42 is linear, and a sum of up to 32
// int16 values fits in 21 signed bits, so no lane spills into the next.
func pack(w uint64) int64 {
	return int64(int16(w)) + int64(int16(w>>16))<<21 + int64(int16(w>>32))<<42
}

func unpack(v int64) (a, b, c int32) {
	a = int32(v << 43 >> 43) // sign-extend the low 21 bits
	v = (v - int64(a)) >> 21
	b = int32(v << 43 >> 43)
	c = int32((v - int64(b)) >> 21)
	return
}

// tagSum is the packed total of the tag-only features of a, or false
// when an atom is out of the dense ranges (then the caller hashes them).
func (t *dense) tagSum(a *parseAtoms) (int64, bool) {
	tags := a.s0t | a.s1t | a.b0t | a.b1t | a.b2t | a.s2t | a.s0lc1 | a.s0lc2 | a.s0rc1 | a.s0rc2 |
		a.s1lc1 | a.s1rc1 | a.s1rc2 | a.b0lc1 | a.b0lc2
	if tags >= uint64(len(t.tagIdx)) || a.dS0B0 >= nDist || a.dS1S0 >= nDist ||
		a.s0nl|a.s0nr|a.b0nl|a.s1nr >= maxVal {
		return 0, false
	}
	ix := &t.tagIdx
	s0, s1, b0, b1, b2, s2 := int(ix[a.s0t]), int(ix[a.s1t]), int(ix[a.b0t]), int(ix[a.b1t]), int(ix[a.b2t]), int(ix[a.s2t])
	s0l1, s0l2, s0r1, s0r2 := int(ix[a.s0lc1]), int(ix[a.s0lc2]), int(ix[a.s0rc1]), int(ix[a.s0rc2])
	s1l1, s1r1, s1r2, b0l1, b0l2 := int(ix[a.s1lc1]), int(ix[a.s1rc1]), int(ix[a.s1rc2]), int(ix[a.b0lc1]), int(ix[a.b0lc2])
	if s0|s1|b0|b1|b2|s2|s0l1|s0l2|s0r1|s0r2|s1l1|s1r1|s1r2|b0l1|b0l2 < 0 {
		return 0, false
	}
	d, w, tm := int(t.nt)+2, t.w, t.tmpls
	dd := d * d
	at := func(i, x int) int64 { return int64(w[tm[i].off+x]) }
	v := at(0, s0) + at(1, s1) + at(2, b0) + at(3, b1) + at(4, b2) + at(5, s2) +
		at(6, s0*d+s1) + at(7, s0*d+b0) +
		at(8, s0*dd+s1*d+b0) + at(9, s0*dd+b0*d+b1) +
		at(10, s2*dd+s1*d+s0) + at(11, b0*dd+b1*d+b2) +
		at(12, s1*d+b0) +
		at(13, s0*dd+s0l1*d+s0l2) + at(14, s0*dd+s0r1*d+s0r2) +
		at(15, s1*dd+s1r1*d+s1r2) + at(16, s1*d+s1l1) +
		at(17, b0*dd+b0l1*d+b0l2) + at(18, s1*dd+s0*d+s0r1) +
		at(19, int(a.dS0B0)*dd+s0*d+b0) + at(20, int(a.dS1S0)*dd+s1*d+s0) +
		at(21, (s0*maxVal+int(a.s0nl))*maxVal+int(a.s0nr)) +
		at(22, b0*maxVal+int(a.b0nl)) + at(23, s1*maxVal+int(a.s1nr))
	if len(tm) == len(parserDense) {
		return v, true
	}
	// feature set 2
	if a.s1lc2 >= uint64(len(ix)) || a.s1nl >= maxVal || ix[a.s1lc2] < 0 {
		return 0, false
	}
	s1l2 := int(ix[a.s1lc2])
	v += at(24, s0*dd+b0*d+b0l1) + at(25, s0*dd+s0l1*d+b0) +
		at(26, s0*dd+s0r1*d+b0) + at(27, s1*dd+s1r1*d+s0) +
		at(28, s1*dd+s0*d+b1) + at(29, s1*dd+s1l1*d+s1l2) +
		at(30, s1*maxVal+int(a.s1nl))
	return v, true
}

// tagAtoms lists a's atoms per parserDenseV2 template (for tests).
func tagAtoms(a *parseAtoms) [][3]uint64 {
	return [][3]uint64{
		{a.s0t}, {a.s1t}, {a.b0t}, {a.b1t}, {a.b2t}, {a.s2t},
		{a.s0t, a.s1t}, {a.s0t, a.b0t},
		{a.s0t, a.s1t, a.b0t}, {a.s0t, a.b0t, a.b1t},
		{a.s2t, a.s1t, a.s0t}, {a.b0t, a.b1t, a.b2t},
		{a.s1t, a.b0t},
		{a.s0t, a.s0lc1, a.s0lc2}, {a.s0t, a.s0rc1, a.s0rc2},
		{a.s1t, a.s1rc1, a.s1rc2}, {a.s1t, a.s1lc1},
		{a.b0t, a.b0lc1, a.b0lc2}, {a.s1t, a.s0t, a.s0rc1},
		{a.dS0B0, a.s0t, a.b0t}, {a.dS1S0, a.s1t, a.s0t},
		{a.s0t, a.s0nl, a.s0nr}, {a.b0t, a.b0nl}, {a.s1t, a.s1nr},
		{a.s0t, a.b0t, a.b0lc1}, {a.s0t, a.s0lc1, a.b0t},
		{a.s0t, a.s0rc1, a.b0t}, {a.s1t, a.s1rc1, a.s0t},
		{a.s1t, a.s0t, a.b1t}, {a.s1t, a.s1lc1, a.s1lc2},
		{a.s1t, a.s1nl},
	}
}
