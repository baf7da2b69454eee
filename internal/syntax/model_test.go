package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func loadModel(t testing.TB) *Model {
	t.Helper()
	start := time.Now()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model loaded in %s (%d bytes embedded)", time.Since(start), len(modelData))
	return m
}

// Sentences written for these tests; the checks are the unambiguous
// parts of their analyses.
func TestAnalyzeTable(t *testing.T) {
	m := loadModel(t)
	cases := []struct {
		text string
		upos map[int]string // word index -> UPOS
		head map[int]int    // word index -> 1-based head
		rel  map[int]string // word index -> relation prefix
	}{
		{"The army attacked the village near the border .",
			map[int]string{1: "NOUN", 2: "VERB", 4: "NOUN", 8: "PUNCT"},
			map[int]int{1: 3, 2: 0, 4: 3},
			map[int]string{1: "nsubj", 2: "root", 4: "obj", 0: "det"}},
		{"The village was attacked by rebels on Monday .",
			map[int]string{2: "AUX", 3: "VERB", 4: "ADP", 5: "NOUN", 7: "PROPN"},
			map[int]int{1: 4, 2: 4, 3: 0, 5: 4},
			map[int]string{1: "nsubj:pass", 2: "aux:pass", 3: "root", 5: "obl"}},
		{"Protesters gathered in the capital and demanded new elections .",
			map[int]string{0: "NOUN", 1: "VERB", 2: "ADP", 5: "CCONJ", 6: "VERB"},
			map[int]int{0: 2, 1: 0, 6: 2},
			map[int]string{0: "nsubj", 6: "conj", 4: "obl"}},
	}
	for _, c := range cases {
		words := strings.Fields(c.text)
		a := m.Analyze(words)
		for i, want := range c.upos {
			if a.UPOS[i] != want {
				t.Errorf("%q: UPOS[%s] = %s, want %s", c.text, words[i], a.UPOS[i], want)
			}
		}
		for i, want := range c.head {
			if a.Heads[i] != want {
				t.Errorf("%q: head[%s] = %d, want %d", c.text, words[i], a.Heads[i], want)
			}
		}
		for i, want := range c.rel {
			if !strings.HasPrefix(a.Rels[i], want) {
				t.Errorf("%q: rel[%s] = %s, want %s", c.text, words[i], a.Rels[i], want)
			}
		}
		if len(a.XPOS) != len(words) {
			t.Errorf("XPOS missing")
		}
	}
}

func TestParseInvariants(t *testing.T) {
	m := loadModel(t)
	for _, text := range []string{"", "Hi", "Stop !", strings.Repeat("very ", 200) + "long ."} {
		words := strings.Fields(text)
		tags := m.Tag(words)
		heads, rels := m.Parse(words, tags)
		roots := 0
		for i, h := range heads {
			if h < 0 || h > len(words) || h == i+1 || rels[i] == "" {
				t.Fatalf("%q: bad arc %d -> %d %q", text, h, i+1, rels[i])
			}
			if h == 0 {
				roots++
			}
		}
		if len(words) > 0 && roots != 1 {
			t.Errorf("%q: %d roots", text, roots)
		}
	}
}

func TestConcurrent(t *testing.T) {
	m := loadModel(t)
	words := strings.Fields("Police arrested two men after the explosion in the market .")
	want := m.Analyze(words)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				got := m.Analyze(words)
				for i := range words {
					if got.Heads[i] != want.Heads[i] || got.Rels[i] != want.Rels[i] || got.UPOS[i] != want.UPOS[i] {
						t.Errorf("nondeterministic result")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// sharedUD locates /work/shared/bench/ud relative to this package.
func sharedUD(t testing.TB, file string) string {
	p := filepath.Join("..", "..", "..", "shared", "bench", "ud", file)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("UD data not available (%s): %v", p, err)
	}
	return p
}

// Floors at the scores the committed model reaches on EWT test (gold
// tokenisation), minus a small margin.
func TestEWTTestScores(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	sents, err := ReadCoNLLUFile(sharedUD(t, "en_ewt-ud-test.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(loadModel(t), sents)
	t.Logf("EWT test: words=%d UPOS=%.2f XPOS=%.2f UAS=%.2f LAS=%.2f", s.Words, 100*s.UPOS, 100*s.XPOS, 100*s.UAS, 100*s.LAS)
	if s.UPOS < floorUPOS || s.UAS < floorUAS || s.LAS < floorLAS {
		t.Errorf("below floors UPOS %.4f UAS %.4f LAS %.4f", floorUPOS, floorUAS, floorLAS)
	}
}

const (
	floorUPOS = 0.948
	floorUAS  = 0.828
	floorLAS  = 0.787
)
