package syntax

// fillAtoms prepares parser and labeller atoms from word hashes and UPOS
// class indices; index 0 is the root.
func fillAtoms(ls *labelSent, hs []wordHashes, tags []int, upos []string) {
	n := len(hs)
	ls.w = resizeU64(ls.w, n+1)
	ls.t = resizeU64(ls.t, n+1)
	ls.x = resizeU64(ls.x, n+1)
	ls.suf = resizeU64(ls.suf, n+1)
	ls.hlab = resizeU64(ls.hlab, n+1)
	if cap(ls.fn) < n+1 {
		ls.fn, ls.aux = make([]bool, n+1), make([]bool, n+1)
	}
	ls.fn, ls.aux = ls.fn[:n+1], ls.aux[:n+1]
	ls.w[0], ls.t[0], ls.x[0], ls.suf[0] = 3, 100, 3, 3
	ls.fn[0], ls.aux[0] = false, false
	// per-tag flags, so the loop below compares no strings
	var fn, aux [256]bool
	for c, tag := range upos[:min(len(upos), 256)] {
		fn[c] = tag == "ADP" || tag == "SCONJ" || tag == "PART" || tag == "AUX"
		aux[c] = tag == "AUX"
	}
	for i := range hs {
		ls.w[i+1] = hs[i].lower
		ls.t[i+1] = uint64(tags[i] + 1)
		ls.x[i+1] = hs[i].shape
		ls.suf[i+1] = hs[i].suf3
		c := tags[i]
		ls.fn[i+1] = c >= 0 && c < 256 && fn[c]
		ls.aux[i+1] = c >= 0 && c < 256 && aux[c]
	}
}

func resizeU64(a []uint64, n int) []uint64 {
	if cap(a) < n {
		return make([]uint64, n)
	}
	return a[:n]
}

// parseTagged runs parser and labeller on s.hs / s.tags.
func (m *Model) parseTagged(s *scratch, heads []int, rels []string) {
	n := len(s.hs)
	fillAtoms(&s.ls, s.hs, s.tags, m.upos.tags)
	m.parser.parse(&s.ls.parseSent, &s.st, n, s.feats, s.scores)
	m.labeler.label(&s.ls, &s.ts, s.st.heads, n, s.rels, s.feats, s.scores)
	for i := 0; i < n; i++ {
		heads[i] = int(s.st.heads[i+1])
		rels[i] = m.labeler.rels[s.rels[i]]
	}
}
