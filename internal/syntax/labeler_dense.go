package syntax

// The labeller's tag-only templates (12 of its 20-odd per arc: the tags
// of the dependent, its head, children, neighbours and nearest sibling,
// the direction and distance, the head's label) are answered by a dense
// array (see dense) whose entries are the table's row payloads.

const (
	nDir     = 3  // dir atoms are 1 (left) and 2 (right)
	nDistDir = 31 // distBucket*4 + dir
	nKids    = 5  // min(children, 4)
)

// labelerDense lists the tag-only templates, in the order labelSplit
// fills their atoms; hlDom is replaced by the number of label atoms.
func labelerDense(nrel int) []denseTmpl {
	hl := nrel + 1 // label index + 1, 0 for the root
	return []denseTmpl{
		{id: lDT, dom: [3]int{tagDom}},
		{id: lDTHT, dom: [3]int{tagDom, tagDom}},
		{id: lDTHTDir, dom: [3]int{tagDom, tagDom, nDir}},
		{id: lDTHTDist, dom: [3]int{tagDom, tagDom, nDistDir}},
		{id: lHLDT, dom: [3]int{hl, tagDom}},
		{id: lHLDTHT, dom: [3]int{hl, tagDom, tagDom}},
		{id: lDLc, dom: [3]int{tagDom, tagDom, nDir}},
		{id: lDRc, dom: [3]int{tagDom, tagDom, nDir}},
		{id: lNKids, dom: [3]int{tagDom, tagDom, nKids}},
		{id: lPrevT, dom: [3]int{tagDom, tagDom, nDir}},
		{id: lNextT, dom: [3]int{tagDom, tagDom, nDir}},
		{id: lSibBetween, dom: [3]int{tagDom, tagDom, tagDom}},
	}
}

// newLabelerDense precomputes the tag-only features of t for nt tags and
// nrel relations: each entry is the row payload find returns, 0 if none.
func newLabelerDense(t *table, nt, nrel int) *dense {
	if t == nil {
		return nil
	}
	return newDense(nt, labelerDense(nrel), func(f uint64) uint64 {
		p, _ := t.find(f)
		return p
	})
}

// addRow adds the row of payload p (as score does for a found feature).
func (t *table) addRow(p uint64, out []int32) {
	if p&inlineFlag != 0 {
		e := p & entMask
		out[e>>16] += int32(int16(e))
		e = p >> entBits & entMask
		out[e>>16] += int32(int16(e))
		return
	}
	off, n := p>>8, p&0xff
	for _, e := range t.ents[off : off+n] {
		out[e>>16] += int32(int16(e))
	}
}

// labelRows appends the 12 tag-only entries (in labelerDense order) for
// the given atoms, or returns false, appending nothing, when one is out of
// range.
func (t *dense) labelRows(rows []uint64, dt, ht, dir, distDir, hl, lc, rc, nk, prev, next, sib uint64) ([]uint64, bool) {
	n := uint64(len(t.tagIdx))
	if dt|ht|lc|rc|prev|next|sib >= n || dir >= nDir || distDir >= nDistDir || nk >= nKids ||
		hl >= uint64(t.tmpls[4].dom[0]) {
		return rows, false
	}
	ix := &t.tagIdx
	a, b, l, r, pv, nx, sb := int(ix[dt]), int(ix[ht]), int(ix[lc]), int(ix[rc]), int(ix[prev]), int(ix[next]), int(ix[sib])
	if a|b|l|r|pv|nx|sb < 0 {
		return rows, false
	}
	d, w, tm := int(t.nt)+2, t.w, t.tmpls
	at := func(i, x int) uint64 { return w[tm[i].off+x] }
	di, hi := int(dir), int(hl)
	return append(rows,
		at(0, a), at(1, a*d+b), at(2, (a*d+b)*nDir+di), at(3, (a*d+b)*nDistDir+int(distDir)),
		at(4, hi*d+a), at(5, (hi*d+a)*d+b),
		at(6, (a*d+l)*nDir+di), at(7, (a*d+r)*nDir+di), at(8, (a*d+b)*nKids+int(nk)),
		at(9, (a*d+pv)*nDir+di), at(10, (a*d+nx)*nDir+di),
		at(11, (sb*d+a)*d+b),
	), true
}
