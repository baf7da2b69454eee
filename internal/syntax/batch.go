package syntax

// AnalyzeBatch is AnalyzeFixed over many sentences, run phase by phase:
// every sentence is tagged (and fixed), then every sentence parsed, then
// every tree labelled. Each sentence goes through exactly the steps
// AnalyzeFixed takes, so the results are the same; what changes is that
// one model's tables (tagger, parser, labeller: a few MB each, probed at
// random) stay in cache through a whole phase instead of evicting each
// other at every sentence.
//
// dst[i].Words holds sentence i's words on entry; UPOS, Heads and Rels are
// filled (reusing their slices) and XPOS is set to nil. fix, if not nil,
// gets sentence i's tags and reports whether it changed any.
func (m *Model) AnalyzeBatch(dst []Sentence, fix func(i int, upos []string) bool) {
	b := m.getBatch()
	defer m.batchPool.Put(b)
	total := 0
	for i := range dst {
		total += len(dst[i].Words)
	}
	b.hs = resize(b.hs, total)
	b.tags = resize(b.tags, total)
	b.heads = resize(b.heads, total+len(dst)) // n+1 per sentence
	s := m.get(0)
	defer m.pool.Put(s)
	// Phase 1: hash and tag.
	off := 0
	for i := range dst {
		d := &dst[i]
		n := len(d.Words)
		d.XPOS = nil
		d.UPOS = resize(d.UPOS, n)
		d.Heads = resize(d.Heads, n)
		d.Rels = resize(d.Rels, n)
		hs, tags := b.hs[off:off+n], b.tags[off:off+n]
		off += n
		if n == 0 {
			continue
		}
		for j, w := range d.Words {
			computeWordHashes(w, &hs[j])
		}
		m.upos.tag(hs, tags, s.feats, s.scores)
		for j, c := range tags {
			d.UPOS[j] = m.upos.tags[c]
		}
		if fix != nil && fix(i, d.UPOS) {
			for j, t := range d.UPOS {
				tags[j] = m.uposIndex(t)
			}
		}
	}
	// Phase 2: parse.
	off = 0
	for i := range dst {
		n := len(dst[i].Words)
		hs, tags, heads := b.hs[off:off+n], b.tags[off:off+n], b.heads[off+i:off+i+n+1]
		off += n
		if n == 0 {
			continue
		}
		fillAtoms(&s.ls, hs, tags, m.upos.tags)
		m.parser.parse(&s.ls.parseSent, &s.st, n, s.feats, s.scores)
		copy(heads, s.st.heads[:n+1])
	}
	// Phase 3: label.
	off = 0
	for i := range dst {
		d := &dst[i]
		n := len(d.Words)
		hs, tags, heads := b.hs[off:off+n], b.tags[off:off+n], b.heads[off+i:off+i+n+1]
		off += n
		if n == 0 {
			continue
		}
		fillAtoms(&s.ls, hs, tags, m.upos.tags)
		s.rels = resize(s.rels, n)
		m.labeler.label(&s.ls, &s.ts, heads, n, s.rels, s.feats, s.scores)
		for j := 0; j < n; j++ {
			d.Heads[j] = int(heads[j+1])
			d.Rels[j] = m.labeler.rels[s.rels[j]]
		}
	}
}

// batchScratch holds AnalyzeBatch's per-sentence results between phases.
type batchScratch struct {
	hs    []wordHashes
	tags  []int
	heads []int32
}

func (m *Model) getBatch() *batchScratch {
	b, _ := m.batchPool.Get().(*batchScratch)
	if b == nil {
		b = &batchScratch{}
	}
	return b
}
