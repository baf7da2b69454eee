package ner

import (
	"math"
	"testing"
)

// devFeatures returns the label-independent features of every token of
// the first n sentences of CoNLL testa, as decodeFused sums them.
func devFeatures(tb testing.TB, m *Model, n int) [][]uint64 {
	sents := loadSplit(tb, "eng.testa.gz")
	var out [][]uint64
	for _, snt := range sents[:min(n, len(sents))] {
		s := m.getScratch(len(snt.Words))
		m.prepare(snt.Words, s)
		for i := range s.toks {
			out = append(out, append([]uint64(nil), observe(s.toks, i, false, s.feats[:0])...))
		}
		m.pool.Put(s)
	}
	return out
}

// TestAdd17Exact checks the fast path of fused.add against the plain loop
// (a copy of the fused model without its occupancy bitmap takes it).
func TestAdd17Exact(t *testing.T) {
	m := mustLoad(t)
	plain := *m.fz
	plain.occ = nil
	got, want := make([]float32, m.nl), make([]float32, m.nl)
	for _, feats := range devFeatures(t, m, 2000) {
		clear(got)
		clear(want)
		m.fz.add(feats, got)
		plain.add(feats, want)
		for j := range got {
			if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
				t.Fatalf("label %d: %v, want %v", j, got[j], want[j])
			}
		}
	}
}

// BenchmarkFusedAdd measures summing the weight rows of the tokens of
// 1,000 CoNLL sentences (the tagger's hottest loop), by the fast path
// and by the plain loop; ns/op is per token.
func BenchmarkFusedAdd(b *testing.B) {
	m := mustLoad(b)
	toks := devFeatures(b, m, 1000)
	plain := *m.fz
	plain.occ = nil
	for _, bc := range []struct {
		name string
		f    *fused
	}{{"fast", m.fz}, {"plain", &plain}} {
		b.Run(bc.name, func(b *testing.B) {
			out := make([]float32, m.nl)
			for i := 0; b.Loop(); i++ {
				clear(out)
				bc.f.add(toks[i%len(toks)], out)
			}
		})
	}
}
