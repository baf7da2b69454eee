package syntax

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTaggerDenseSameTags tags with and without the tagger's dense
// features: the tags must be identical.
func TestTaggerDenseSameTags(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if m.upos.dense == nil {
		t.Fatal("the loaded model has no dense tagger features")
	}
	plainTagger := *m.upos
	plainTagger.dense = nil
	plain := &Model{upos: &plainTagger, xpos: m.xpos, labeler: m.labeler, parser: m.parser}
	sents := [][]string{
		strings.Fields("Azerbaijan closed the only road linking Armenia to Karabakh on Monday , officials said ."),
		strings.Fields("Ürümqi , Île-de-France and Łódź reported 3½ % growth — « officially » ."),
	}
	if ts, err := ReadCoNLLUFile(filepath.Join("..", "..", "..", "shared", "bench", "ud", "en_ewt-ud-dev.conllu.gz")); err == nil {
		for _, s := range ts {
			sents = append(sents, s.Words)
		}
	}
	for _, w := range sents {
		if a, b := m.Tag(w), plain.Tag(w); !slices.Equal(a, b) {
			t.Fatalf("%q: tags %v, without dense features %v", w, a, b)
		}
	}
}
