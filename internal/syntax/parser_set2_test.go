package syntax

import (
	"bytes"
	"io"
	"slices"
	"testing"
)

// TestFeatureSet2 trains a small model with parser feature set 2 (the
// committed model uses set 1), saves and reloads it, and checks that the
// fast path (dense tag features, role sums with the b0-b1 bigrams) parses
// exactly as the plain table lookups of every feature do.
func TestFeatureSet2(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: trains a model")
	}
	sents, err := ReadCoNLLUFile(sharedUD(t, "en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	train, dev := sents[:600], sents[600:700]
	m := Train(TrainConfig{Train: train, Dev: dev, TagEpochs: 2, ParseEpochs: 2, LabelEpochs: 1,
		Folds: 2, ParserSet: 2, Explore: 0.9, Seed: 1, Log: io.Discard})
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte(magicV6)) {
		t.Fatalf("a set 2 model must be saved as %s", magicV6)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !m2.parser.v2 || m2.parser.tags == nil || len(m2.parser.tags.tmpls) != len(parserDenseV2) {
		t.Fatal("reloaded model lost feature set 2 or its dense templates")
	}
	plain := &Model{upos: m2.upos, xpos: m2.xpos, labeler: &labeler{rels: m2.labeler.rels, tab: m2.labeler.tab},
		parser: &parser{fast: m2.parser.fast, v2: true}}
	for _, s := range sents[700:] {
		a, b := m2.AnalyzeUPOS(s.Words), plain.AnalyzeUPOS(s.Words)
		if !slices.Equal(a.Heads, b.Heads) || !slices.Equal(a.Rels, b.Rels) {
			t.Fatalf("%q: heads %v rels %v, without the fast path %v %v", s.Words, a.Heads, a.Rels, b.Heads, b.Rels)
		}
	}
	if sc := Evaluate(m2, dev); sc.UAS < 0.5 {
		t.Errorf("set 2 model parses badly: UAS %.3f", sc.UAS)
	}
}
