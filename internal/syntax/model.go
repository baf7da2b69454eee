package syntax

import (
	"sync"
)

// Model bundles the UPOS and PTB taggers, the arc-hybrid parser and the
// relation labeller. All methods are safe for concurrent use: the model
// is read-only after loading and per-call scratch comes from a pool.
type Model struct {
	upos      *tagger
	xpos      *tagger
	parser    *parser
	labeler   *labeler
	pool      sync.Pool
	batchPool sync.Pool // *batchScratch for AnalyzeBatch
}

// Sentence is the full analysis of one tokenised sentence.
type Sentence struct {
	Words []string
	UPOS  []string
	XPOS  []string
	Heads []int    // 1-based, 0 = root
	Rels  []string // UD relation with subtype, e.g. nsubj:pass
}

// scratch is per-call working memory reused through sync.Pool so the
// hot path does not allocate per token.
type scratch struct {
	hs     []wordHashes
	tags   []int
	feats  []uint64
	scores []float32
	ls     labelSent
	st     parseState
	ts     treeScratch
	rels   []int
}

func (m *Model) get(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{feats: make([]uint64, 0, 96), scores: make([]float32, 256)}
	}
	if cap(s.hs) < n {
		s.hs = make([]wordHashes, n)
		s.tags = make([]int, n)
		s.rels = make([]int, n)
	}
	s.hs, s.tags, s.rels = s.hs[:n], s.tags[:n], s.rels[:n]
	return s
}

func (s *scratch) hash(words []string) {
	for i, w := range words {
		computeWordHashes(w, &s.hs[i])
	}
}

// Tag returns the UPOS tag of every word.
func (m *Model) Tag(words []string) []string {
	s := m.get(len(words))
	defer m.pool.Put(s)
	s.hash(words)
	return m.tagWith(m.upos, s)
}

// TagPTB returns the Penn Treebank (XPOS) tag of every word.
func (m *Model) TagPTB(words []string) []string {
	s := m.get(len(words))
	defer m.pool.Put(s)
	s.hash(words)
	return m.tagWith(m.xpos, s)
}

func (m *Model) tagWith(t *tagger, s *scratch) []string {
	out := make([]string, len(s.hs))
	m.tagInto(t, s, out)
	return out
}

func (m *Model) tagInto(t *tagger, s *scratch, out []string) {
	if t == nil {
		return
	}
	t.tag(s.hs, s.tags, s.feats, s.scores)
	for i, c := range s.tags {
		out[i] = t.tags[c]
	}
}

// Parse returns 1-based heads (0 = root) and UD relations for words with
// the given UPOS tags (normally from Tag).
func (m *Model) Parse(words, upos []string) (heads []int, rels []string) {
	n := len(words)
	heads, rels = make([]int, n), make([]string, n)
	if n == 0 {
		return
	}
	s := m.get(n)
	defer m.pool.Put(s)
	s.hash(words)
	for i, t := range upos[:n] {
		s.tags[i] = m.uposIndex(t)
	}
	m.parseTagged(s, heads, rels)
	return
}

// Analyze tags (UPOS and PTB) and parses a sentence in one call.
func (m *Model) Analyze(words []string) Sentence { return m.analyze(words, true) }

// AnalyzeUPOS is Analyze without the PTB tagger (Sentence.XPOS is nil):
// the parser needs only UPOS, and skipping the second tagger saves about
// a fifth of the time.
func (m *Model) AnalyzeUPOS(words []string) Sentence { return m.analyze(words, false) }

func (m *Model) analyze(words []string, ptb bool) Sentence {
	var out Sentence
	m.AnalyzeInto(&out, words, ptb)
	return out
}

// AnalyzeInto is Analyze (ptb) or AnalyzeUPOS (!ptb) writing into dst and
// reusing its slices, so a caller that keeps one Sentence per worker
// allocates nothing per call. dst.Words aliases words.
func (m *Model) AnalyzeInto(dst *Sentence, words []string, ptb bool) {
	n := len(words)
	dst.Words = words
	dst.UPOS = resize(dst.UPOS, n)
	dst.Heads = resize(dst.Heads, n)
	dst.Rels = resize(dst.Rels, n)
	if ptb && m.xpos != nil {
		dst.XPOS = resize(dst.XPOS, n)
	} else {
		dst.XPOS = nil
	}
	if n == 0 {
		return
	}
	s := m.get(n)
	defer m.pool.Put(s)
	s.hash(words)
	if dst.XPOS != nil {
		m.tagInto(m.xpos, s, dst.XPOS)
	}
	m.tagInto(m.upos, s, dst.UPOS) // leaves UPOS classes in s.tags
	m.parseTagged(s, dst.Heads, dst.Rels)
}

// AnalyzeFixed is AnalyzeInto without the PTB tagger, with a chance to
// correct the UPOS tags before the parse: fix gets the tags and reports
// whether it changed any. It gives exactly what AnalyzeInto followed, on
// a change, by Parse(words, dst.UPOS) gives, but tags, hashes and parses
// each sentence once.
func (m *Model) AnalyzeFixed(dst *Sentence, words []string, fix func(upos []string) bool) {
	n := len(words)
	dst.Words, dst.XPOS = words, nil
	dst.UPOS = resize(dst.UPOS, n)
	dst.Heads = resize(dst.Heads, n)
	dst.Rels = resize(dst.Rels, n)
	if n == 0 {
		return
	}
	s := m.get(n)
	defer m.pool.Put(s)
	s.hash(words)
	m.tagInto(m.upos, s, dst.UPOS) // leaves UPOS classes in s.tags
	if fix != nil && fix(dst.UPOS) {
		for i, t := range dst.UPOS {
			s.tags[i] = m.uposIndex(t)
		}
	}
	m.parseTagged(s, dst.Heads, dst.Rels)
}

func resize[T any](a []T, n int) []T {
	if cap(a) < n {
		return make([]T, n)
	}
	return a[:n]
}

func (m *Model) uposIndex(t string) int {
	for i, u := range m.upos.tags {
		if u == t {
			return i
		}
	}
	return -1 // unknown tag: atom 0, same as padding
}
