package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
)

// TrainOptions controls Train. Zero values pick sensible defaults.
type TrainOptions struct {
	Epochs  int        // passes over the data (default 10)
	Seed    uint64     // shuffling seed; same seed and data give the same model
	Lexicon Lexicon    // word clusters etc. from unlabelled text (optional)
	Dev     []Sentence // if set, dev F1 is logged after each epoch
	Log     io.Writer  // progress output (optional)
	// NoHistory is the fraction of documents trained without document
	// history features (default 0.5; negative means none).
	NoHistory float64
}

// trainer holds the averaged-perceptron bookkeeping: for every weight the
// running sum of its value over time, updated lazily (only when the weight
// changes) so that an update costs O(features), not O(model size).
type trainer struct {
	m      *Model
	totals []float64
	stamp  []int32
	now    int32
}

func (t *trainer) row(f uint64) int {
	r := t.m.tab.get(f)
	if r < 0 {
		r = int32(len(t.m.w) / t.m.nl)
		t.m.tab.put(f, r)
		t.m.w = append(t.m.w, make([]float32, t.m.nl)...)
		t.totals = append(t.totals, make([]float64, t.m.nl)...)
		t.stamp = append(t.stamp, make([]int32, t.m.nl)...)
	}
	return int(r) * t.m.nl
}

func (t *trainer) bump(j int, d float32) {
	t.totals[j] += float64(t.now-t.stamp[j]) * float64(t.m.w[j])
	t.stamp[j] = t.now
	t.m.w[j] += d
}

func (t *trainer) update(feats []uint64, gold, pred int) {
	for _, f := range feats {
		base := t.row(f)
		t.bump(base+gold, 1)
		t.bump(base+pred, -1)
	}
}

// average replaces the weights by their time average, the standard trick
// that makes the perceptron generalise nearly as well as a CRF.
func (t *trainer) average() {
	for j := range t.m.w {
		tot := t.totals[j] + float64(t.now-t.stamp[j])*float64(t.m.w[j])
		t.m.w[j] = float32(tot / float64(t.now))
	}
}

// Train fits a model on sentences tagged in IOB1 or IOB2.
func Train(sents []Sentence, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.NoHistory == 0 {
		opts.NoHistory = 0.5
	}
	m := newModel(collectTypes(sents), opts.Lexicon)
	typeIdx := map[string]int{}
	for i, t := range m.types {
		typeIdx[t] = i
	}
	gold := make([][]int, len(sents))
	for i, s := range sents {
		gold[i] = encodeBILOU(s.Tags, typeIdx)
	}
	tr := &trainer{m: m}
	// Documents are shuffled as units and their sentences kept in order so
	// that the document history features see what they see at test time.
	docs := splitDocs(sents)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	for ep := 0; ep < opts.Epochs; ep++ {
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		for _, d := range docs {
			// Some documents are trained without history so that Tag, which
			// sees single sentences, stays as accurate as a model trained
			// without document features.
			hist := newDocHistory()
			if rng.Float64() < opts.NoHistory {
				hist = nil
			}
			doc := make([][]string, 0, d[1]-d[0])
			for si := d[0]; si < d[1]; si++ {
				doc = append(doc, sents[si].Words)
			}
			hist.scan(doc)
			for si := d[0]; si < d[1]; si++ {
				if hist != nil {
					hist.sent = si - d[0]
				}
				words := sents[si].Words
				s := m.getScratch(len(words))
				m.prepare(words, s)
				tr.now++
				labels := m.decode(s, isHeadline(s.toks), hist, gold[si], tr.update)
				hist.add(words, s, labels)
				m.pool.Put(s)
			}
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "epoch %d: %d features", ep+1, m.tab.n)
			if len(opts.Dev) > 0 {
				// Evaluate a temporary averaged copy so training continues
				// from the raw weights.
				saved := append([]float32(nil), m.w...)
				tr.average()
				fmt.Fprintf(opts.Log, ", dev F1 %.4f", Evaluate(m, opts.Dev).Overall.F1())
				copy(m.w, saved)
			}
			fmt.Fprintln(opts.Log)
		}
	}
	tr.average()
	return m
}

func collectTypes(sents []Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, sp := range Spans(s.Tags) {
			seen[sp.Type] = true
		}
	}
	types := make([]string, 0, len(seen))
	for t := range seen {
		types = append(types, t)
	}
	sort.Strings(types)
	return types
}

func newModel(types []string, lex Lexicon) *Model {
	if lex.Clusters == nil {
		lex.Clusters = map[string]uint32{}
	}
	if lex.CapBin == nil {
		lex.CapBin = map[string]uint8{}
	}
	return &Model{types: types, tags: tagStrings(types), nl: 1 + 4*len(types), tab: newTable(1 << 16), lex: lex, words: lex.index(), gaz: loadGazetteer(gazetteerData), glist: loadGazLists()}
}

// Evaluate tags every sentence on its own (Tag) and scores against gold.
func Evaluate(m *Model, sents []Sentence) Report {
	gold := make([][]string, len(sents))
	pred := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Tags
		pred[i] = m.Tag(s.Words)
	}
	return Score(gold, pred)
}

// EvaluateDocs tags whole documents (TagDocument, split at DocStart) and
// scores against gold.
func EvaluateDocs(m *Model, sents []Sentence) Report {
	gold := make([][]string, 0, len(sents))
	pred := make([][]string, 0, len(sents))
	for _, d := range splitDocs(sents) {
		words := make([][]string, 0, d[1]-d[0])
		for _, s := range sents[d[0]:d[1]] {
			words = append(words, s.Words)
			gold = append(gold, s.Tags)
		}
		pred = append(pred, m.TagDocument(words)...)
	}
	return Score(gold, pred)
}

// splitDocs returns [start,end) sentence ranges of documents.
func splitDocs(sents []Sentence) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i <= len(sents); i++ {
		if i == len(sents) || sents[i].DocStart {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return out
}
