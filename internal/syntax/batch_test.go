package syntax

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestAnalyzeBatchSameAsFixed checks that the phase-by-phase batch gives
// every sentence what AnalyzeFixed gives it, with and without a tag fix.
func TestAnalyzeBatchSameAsFixed(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("Azerbaijan closed the only road linking Armenia to Karabakh on Monday , officials said ."),
		{},
		strings.Fields("The minister , who arrived late , did not say whether talks would resume next week ."),
		strings.Fields("Prices rose 3.5 pct in the three months to March , the bank said in a statement ."),
		strings.Fields("Talks ."),
	}
	if ts, err := ReadCoNLLUFile(filepath.Join("..", "..", "..", "shared", "bench", "ud", "en_ewt-ud-dev.conllu.gz")); err == nil {
		for _, s := range ts[:min(len(ts), 500)] {
			sents = append(sents, s.Words)
		}
	}
	// a fix that retags every third sentence's first word as a verb
	fix := func(i int, upos []string) bool {
		if i%3 != 0 || len(upos) == 0 {
			return false
		}
		upos[0] = "VERB"
		return true
	}
	batch := make([]Sentence, len(sents))
	for i, w := range sents {
		batch[i].Words = w
	}
	m.AnalyzeBatch(batch, fix)
	for i, w := range sents {
		var one Sentence
		m.AnalyzeFixed(&one, w, func(upos []string) bool { return fix(i, upos) })
		b := batch[i]
		if !slices.Equal(one.UPOS, b.UPOS) || !slices.Equal(one.Heads, b.Heads) || !slices.Equal(one.Rels, b.Rels) {
			t.Fatalf("sentence %d %q: batch %v %v %v, one by one %v %v %v", i, w, b.UPOS, b.Heads, b.Rels, one.UPOS, one.Heads, one.Rels)
		}
	}
}
