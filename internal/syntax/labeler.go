package syntax

// labeler assigns a UD relation to every arc of a finished tree. Doing
// this after parsing keeps the transition classifier at 3 classes (fast)
// while label features can see the whole tree: the dependent's case or
// mark word, the head's auxiliaries (passives: nsubj:pass, obl:agent),
// and the head's own relation (labels are assigned top-down).
type labeler struct {
	rels []string
	lin  *linear
	tab  *table // compiled form; nil while training
	tags *dense // tab's tag-only features, precomputed (nil: use tab)
}

const (
	lDT uint64 = iota + 300
	lDW
	lDTHT
	lDWHT
	lDTHW
	lDTHTDir
	lDTHTDist
	lDWHW
	lDSufHT
	lHLDT
	lHLDTHT
	lCaseW
	lAuxW
	lDLc
	lDRc
	lDXHX
	lNKids
	lPrevT
	lNextT
	lSibBetween
	lDWDir
	lDAux
	lDWSuf
	lHXDX
)

// treeScratch holds the child lists of a tree in CSR form plus the
// top-down order in which labels are assigned.
type treeScratch struct {
	start, kids, order []int32
	fill               []int32
}

func (t *treeScratch) build(heads []int32, n int) {
	t.start = resizeI32(t.start, n+2, 0)
	t.fill = resizeI32(t.fill, n+1, 0)
	t.kids = resizeI32(t.kids, n, 0)
	for d := 1; d <= n; d++ {
		t.start[heads[d]+1]++
	}
	for i := 1; i <= n+1; i++ {
		t.start[i] += t.start[i-1]
	}
	for d := 1; d <= n; d++ { // ascending, so child lists are sorted
		h := heads[d]
		t.kids[t.start[h]+t.fill[h]] = int32(d)
		t.fill[h]++
	}
	// breadth-first from the root gives a head-before-dependent order
	t.order = append(t.order[:0], 0)
	for i := 0; i < len(t.order); i++ {
		h := t.order[i]
		t.order = append(t.order, t.kids[t.start[h]:t.start[h+1]]...)
	}
}

func (t *treeScratch) children(h int32) []int32 { return t.kids[t.start[h]:t.start[h+1]] }

// labelSent carries the per-word atoms the label features need.
type labelSent struct {
	parseSent
	x    []uint64 // word shape hash (coarse morphology without XPOS)
	suf  []uint64 // suffix-3 hash
	fn   []bool   // function-word tag (ADP, SCONJ, AUX, PART, ...)
	aux  []bool   // AUX tag
	hlab []uint64 // assigned label atom per token (root: 0)
}

func labelFeatures(p *labelSent, ts *treeScratch, heads []int32, d int32, buf []uint64) []uint64 {
	h := heads[d]
	dt, dw, ht, hw := p.t[d], p.w[d], p.t[h], p.w[h]
	var dir uint64 = 1
	if d > h {
		dir = 2
	}
	hl := p.hlab[h]
	kids := ts.children(d)
	var lc, rc uint64
	if len(kids) > 0 {
		lc, rc = p.t[kids[0]], p.t[kids[len(kids)-1]]
	}
	nk := uint64(min(len(kids), 4))
	buf = append(buf,
		f1(lDT, dt), f1(lDW, dw), f2(lDTHT, dt, ht), f2(lDWHT, dw, ht),
		f2(lDTHW, dt, hw), f3(lDTHTDir, dt, ht, dir),
		f3(lDTHTDist, dt, ht, distBucket(d, h)*4+dir), f2(lDWHW, dw, hw),
		f2(lDSufHT, p.suf[d], ht), f2(lHLDT, hl, dt), f3(lHLDTHT, hl, dt, ht),
		f3(lDLc, dt, lc, dir), f3(lDRc, dt, rc, dir),
		f3(lDXHX, p.x[d], p.x[h], dir), f3(lNKids, dt, ht, nk),
		f3(lPrevT, dt, p.T(d-1), dir), f3(lNextT, dt, p.tAt(d+1), dir),
		f2(lDWDir, dw, dir), f3(lDWSuf, dw, p.suf[h], dir),
		f3(lHXDX, p.x[h], dt, hl),
	)
	buf, sib := kinFeatures(p, ts, kids, d, h, dt, ht, dir, buf)
	return append(buf, f3(lSibBetween, sib, dt, ht))
}

// kinFeatures appends the features read off d's children (its case
// marker, its auxiliaries) and h's auxiliaries (passives, copulas), and
// returns the tag of the nearest sibling between d and h. Both feature
// paths call it at the same point, so features keep their order.
func kinFeatures(p *labelSent, ts *treeScratch, kids []int32, d, h int32, dt, ht, dir uint64, buf []uint64) ([]uint64, uint64) {
	var caseW uint64
	for _, k := range kids {
		if p.fn[k] && k < d && caseW == 0 {
			caseW = p.w[k]
			buf = append(buf, f3(lCaseW, caseW, dt, ht))
		}
		if p.aux[k] {
			buf = append(buf, f2(lDAux, p.w[k], dt))
		}
	}
	sib := uint64(0)
	for _, k := range ts.children(h) {
		if p.aux[k] {
			buf = append(buf, f3(lAuxW, p.w[k], dt, dir))
		}
		// nearest sibling between d and h: children are sorted, so for a
		// right dependent take the last one, for a left one the first
		if d > h && k > h && k < d {
			sib = p.t[k]
		} else if d < h && k > d && k < h && sib == 0 {
			sib = p.t[k]
		}
	}
	return buf, sib
}

// labelSplit is labelFeatures for a labeller with dense tag-only
// templates: it appends the other features' hashes to buf and the dense
// entries (row payloads) of the tag-only ones to rows; a tag-only feature
// whose atoms are out of range goes to buf as a hash.
func labelSplit(p *labelSent, ts *treeScratch, heads []int32, d int32, ld *dense, buf []uint64, rows []uint64) ([]uint64, []uint64) {
	h := heads[d]
	dt, dw, ht, hw := p.t[d], p.w[d], p.t[h], p.w[h]
	var dir uint64 = 1
	if d > h {
		dir = 2
	}
	hl := p.hlab[h]
	kids := ts.children(d)
	var lc, rc uint64
	if len(kids) > 0 {
		lc, rc = p.t[kids[0]], p.t[kids[len(kids)-1]]
	}
	nk := uint64(min(len(kids), 4))
	buf = append(buf,
		f1(lDW, dw), f2(lDWHT, dw, ht),
		f2(lDTHW, dt, hw), f2(lDWHW, dw, hw),
		f2(lDSufHT, p.suf[d], ht),
		f3(lDXHX, p.x[d], p.x[h], dir),
		f2(lDWDir, dw, dir), f3(lDWSuf, dw, p.suf[h], dir),
		f3(lHXDX, p.x[h], dt, hl),
	)
	buf, sib := kinFeatures(p, ts, kids, d, h, dt, ht, dir, buf)
	rows, ok := ld.labelRows(rows, dt, ht, dir, distBucket(d, h)*4+dir, hl, lc, rc, nk, p.T(d-1), p.tAt(d+1), sib)
	if !ok {
		atoms := [...][3]uint64{
			{dt}, {dt, ht}, {dt, ht, dir}, {dt, ht, distBucket(d, h)*4 + dir},
			{hl, dt}, {hl, dt, ht},
			{dt, lc, dir}, {dt, rc, dir}, {dt, ht, nk},
			{dt, p.T(d - 1), dir}, {dt, p.tAt(d + 1), dir},
			{sib, dt, ht},
		}
		for i := range atoms {
			if v, ok := ld.at(i, atoms[i]); ok {
				rows = append(rows, v)
			} else {
				buf = append(buf, ld.hash(i, atoms[i]))
			}
		}
	}
	return buf, rows
}

func (p *parseSent) tAt(i int32) uint64 {
	if int(i) >= len(p.t) {
		return 0
	}
	return p.t[i]
}

// label assigns rels (class index) to every word of the tree in heads.
func (m *labeler) label(p *labelSent, ts *treeScratch, heads []int32, n int, out []int, feats []uint64, scores []float32) {
	ts.build(heads, n)
	scores = scores[:len(m.rels)]
	var buf [256]int32
	iscores := buf[:len(m.rels)]
	var rowBuf [16]uint64
	p.hlab[0] = 0
	for _, d := range ts.order[1:] {
		var c int
		if m.tags != nil {
			var rows []uint64
			feats, rows = labelSplit(p, ts, heads, d, m.tags, feats[:0], rowBuf[:0])
			m.tab.score(feats, iscores)
			for _, r := range rows {
				if r != 0 {
					m.tab.addRow(r, iscores)
				}
			}
			c = argmaxI32(iscores)
		} else if feats = labelFeatures(p, ts, heads, d, feats[:0]); m.tab != nil {
			m.tab.score(feats, iscores)
			c = argmaxI32(iscores)
		} else {
			m.lin.score(feats, scores)
			c = argmax(scores)
		}
		out[d-1] = c
		p.hlab[d] = uint64(c) + 1
	}
}
