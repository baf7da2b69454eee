package ner

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// benchDir locates ../shared/bench relative to this package
// (internal/ner -> repo root -> ../shared).
func benchDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "conll2003")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/bench/conll2003 not found: ", err)
	}
	return dir
}

func loadSplit(t testing.TB, name string) []Sentence {
	s, err := OpenCoNLL(filepath.Join(benchDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustLoad(t testing.TB) *Model {
	start := time.Now()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model loaded in %v", time.Since(start))
	return m
}

// testbFloor is the entity F1 the committed model reached on testb when it
// was trained; the test guards against regressions of the model file.
const testbFloor = 0.867

// testbDocFloor is the same for document-level tagging (TagDocument).
const testbDocFloor = 0.882

func TestCommittedModelTestB(t *testing.T) {
	sents := loadSplit(t, "eng.testb.gz")
	m := mustLoad(t)
	rep := Evaluate(m, sents)
	t.Logf("testb:\n%s", rep)
	if f := rep.Overall.F1(); f < testbFloor {
		t.Fatalf("testb F1 %.4f below floor %.4f", f, testbFloor)
	}
	rep = EvaluateDocs(m, sents)
	t.Logf("testb (TagDocument):\n%s", rep)
	if f := rep.Overall.F1(); f < testbDocFloor {
		t.Fatalf("testb document-level F1 %.4f below floor %.4f", f, testbDocFloor)
	}
}

func TestLoadFast(t *testing.T) {
	start := time.Now()
	if _, err := ReadModel(strings.NewReader(string(embeddedModel))); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 300*time.Millisecond {
		t.Logf("warning: model decode took %v (target < 300ms; slow or loaded machine?)", d)
	}
}

func TestTagHandWritten(t *testing.T) {
	m := mustLoad(t)
	cases := []struct {
		text string
		want []Span
	}{
		{"Angela Merkel met officials in Paris on Tuesday .", []Span{{0, 2, "PER"}, {5, 6, "LOC"}}},
		{"The United Nations said the talks would resume .", []Span{{1, 3, "ORG"}}},
		{"Shares in Microsoft fell 3 percent in New York trading .", []Span{{2, 3, "ORG"}, {7, 9, "LOC"}}},
		{"the weather was mild and nothing happened .", nil},
	}
	for _, c := range cases {
		tags := m.Tag(strings.Fields(c.text))
		if got := Spans(tags); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v (%v), want %v", c.text, got, tags, c.want)
		}
	}
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
}

func TestTagConcurrent(t *testing.T) {
	m := mustLoad(t)
	words := strings.Fields("President Lee Wong visited Toronto and spoke to Acme Corp staff .")
	want := m.Tag(words)
	done := make(chan []string)
	for g := 0; g < 8; g++ {
		go func() {
			var last []string
			for i := 0; i < 200; i++ {
				last = m.Tag(words)
			}
			done <- last
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Fatalf("concurrent Tag differs: %v vs %v", got, want)
		}
	}
}

func TestTagDocument(t *testing.T) {
	m := mustLoad(t)
	doc := [][]string{
		strings.Fields("Striker Tomas Varga scored twice for the visitors ."),
		strings.Fields("Varga was later substituted ."),
		{},
	}
	got := m.TagDocument(doc)
	if len(got) != 3 || len(got[2]) != 0 {
		t.Fatalf("TagDocument shape wrong: %v", got)
	}
	for i, s := range doc {
		if len(got[i]) != len(s) {
			t.Fatalf("sentence %d: %d tags for %d words", i, len(got[i]), len(s))
		}
	}
	if got[1][0] != "B-PER" {
		t.Errorf("second mention of Varga tagged %q, want B-PER (tags %v)", got[1][0], got)
	}
}
