package ner

import "sync"

// Model is a greedy left-to-right averaged-perceptron tagger. After Load or
// Train it is immutable, so Tag may be called from many goroutines.
type Model struct {
	types []string // entity types, e.g. LOC MISC ORG PER
	tags  []string // IOB2 tag of each label: "O", "B-LOC", "I-LOC", ...
	nl    int      // number of labels: 1 + 4*len(types)
	// The weights are either in training form (tab + w: growable, float)
	// or, for a loaded model, in fz (fused.go); exactly one is set.
	tab   *table // feature hash -> row
	w     []float32
	fz    *fused
	lex   Lexicon
	words map[string]wordInfo // lex.index()
	gaz   *gazetteer
	glist *gazLists
	pool  sync.Pool // *scratch
}

// scratch holds per-call buffers; pooled so Tag does not allocate them.
type scratch struct {
	toks   []tok
	feats  []uint64
	scores []float32
	labels []int
	lower  []byte    // the words' lower-case forms, concatenated
	lowEnd []int32   // word i is lower[lowEnd[i-1]:lowEnd[i]]
	gaz    []uint8   // gazetteer feature of each word
	gbits  []uint64  // gazLists bits of each word
	key    []byte    // a phrase or word form being looked up
	static []float32 // decodeFused: label-independent sums per token
}

func (m *Model) getScratch(n int) *scratch {
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{scores: make([]float32, m.nl)}
	}
	if cap(s.toks) < n {
		s.toks = make([]tok, n)
		s.labels = make([]int, n)
		s.lowEnd = make([]int32, n)
		s.gaz = make([]uint8, n)
		s.gbits = make([]uint64, n)
	}
	s.toks, s.labels = s.toks[:n], s.labels[:n]
	s.lowEnd, s.gaz, s.gbits = s.lowEnd[:n], s.gaz[:n], s.gbits[:n]
	return s
}

// Types returns the entity types the model predicts.
func (m *Model) Types() []string { return append([]string(nil), m.types...) }

// score sums the weight rows of the given features into out (training
// form; decodeFused does the same with fused).
func (m *Model) score(feats []uint64, out []float32) {
	clear(out)
	nl := m.nl
	for _, f := range feats {
		r := m.tab.get(f)
		if r < 0 {
			continue
		}
		row := m.w[int(r)*nl : int(r)*nl+nl]
		for j, v := range row {
			out[j] += v
		}
	}
}

// best returns the highest-scoring label allowed after prev.
func (m *Model) best(scores []float32, prev int) int {
	bi := -1
	var bv float32
	for l, v := range scores {
		if !allowed(prev, l) {
			continue
		}
		if bi < 0 || v > bv {
			bi, bv = l, v
		}
	}
	return bi
}

// decode runs greedy decoding over prepared tokens. If gold is non-nil it
// is a training pass: after each position, update is called with the
// features, the gold label and the predicted one.
func (m *Model) decode(s *scratch, headline bool, hist *docHistory, gold []int, update func([]uint64, int, int)) []int {
	if m.fz != nil && gold == nil {
		return m.decodeFused(s, headline, hist)
	}
	prev, prev2 := -1, -1
	for i := range s.toks {
		s.feats = observe(s.toks, i, headline, s.feats[:0])
		s.feats = hist.features(s.low(i), s.toks[i].cap, i, s.feats)
		s.feats = hist.topicFeatures(&s.toks[i], s.feats)
		s.feats = history(s.toks, i, prev+1, prev2+1, s.feats)
		m.score(s.feats, s.scores)
		var p int
		p, prev = m.choose(s.scores, s.labels, i, prev)
		if gold != nil && p != gold[i] {
			update(s.feats, gold[i], p)
		}
		s.labels[i] = p
		prev2, prev = prev, p
	}
	return s.labels
}

// decodeFused is decode for a loaded model. The features that do not
// depend on the previous labels (all but history's) are summed for the
// whole sentence first, which lets their cache misses overlap; each
// position then adds only the label-history features. The additions
// happen in the same order as in decode, so the scores are identical.
func (m *Model) decodeFused(s *scratch, headline bool, hist *docHistory) []int {
	nl := m.nl
	if cap(s.static) < len(s.toks)*nl {
		s.static = make([]float32, len(s.toks)*nl)
	}
	static := s.static[:len(s.toks)*nl]
	clear(static)
	for i := range s.toks {
		s.feats = observe(s.toks, i, headline, s.feats[:0])
		s.feats = hist.features(s.low(i), s.toks[i].cap, i, s.feats)
		s.feats = hist.topicFeatures(&s.toks[i], s.feats)
		m.fz.add(s.feats, static[i*nl:(i+1)*nl])
	}
	prev, prev2 := -1, -1
	for i := range s.toks {
		copy(s.scores, static[i*nl:(i+1)*nl])
		s.feats = history(s.toks, i, prev+1, prev2+1, s.feats[:0])
		m.fz.add(s.feats, s.scores)
		var p int
		p, prev = m.choose(s.scores, s.labels, i, prev)
		s.labels[i] = p
		prev2, prev = prev, p
	}
	return s.labels
}

// Tag returns one IOB2 tag per word ("B-PER", "I-ORG", "O", ...).
func (m *Model) Tag(words []string) []string {
	if len(words) == 0 {
		return []string{}
	}
	s := m.getScratch(len(words))
	defer m.pool.Put(s)
	m.prepare(words, s)
	labels := m.decode(s, isHeadline(s.toks), nil, nil, nil)
	return m.iob2(labels)
}
