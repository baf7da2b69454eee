package syntax_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/annotate/entities"
	"sitrep/internal/annotate/events"
	"sitrep/internal/annotate/segment"
	syntaxstage "sitrep/internal/annotate/syntax"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
)

func prepare(t testing.TB, text string) *doc.Doc {
	t.Helper()
	d, err := ingest.FromBytes("t", []byte(text), ingest.Text, ingest.Meta{Published: "2024-01-10"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []interface {
		Annotate(context.Context, *doc.Doc) error
	}{segment.Stage{}, entities.Stage{}} {
		if err := st.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// TestGate checks that with the event vocabulary as gate only sentences
// with a trigger and a possible agent are parsed, and that a table verb
// the tagger reads as a noun is repaired.
func TestGate(t *testing.T) {
	d := prepare(t, "The weather was mild on Tuesday. Chad attacked Sudan. Chad disallows aid deliveries to Sudan.")
	if err := (syntaxstage.Stage{Gate: events.MustLexicon()}).Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{false, true, true} {
		s := d.Sentences[i]
		if got := d.Tokens[s.TokStart].Head >= 0; got != want {
			t.Errorf("sentence %d %q: parsed %v, want %v", i, d.Slice(s.Span), got, want)
		}
	}
	for _, tk := range d.Tokens {
		if tk.Lower == "disallows" && tk.UPOS != "VERB" {
			t.Errorf("disallows tagged %s, want VERB", tk.UPOS)
		}
	}
}

// BenchmarkSyntax parses the founding example with the gate (b.SetBytes:
// the figure is the stage's MB/s on a real article).
func BenchmarkSyntax(b *testing.B) {
	dir, _ := filepath.Abs("../../../../shared")
	text, err := os.ReadFile(filepath.Join(dir, "seeds/000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		b.Skipf("../shared not found at %s: skipping", dir)
	}
	d := prepare(b, string(text))
	st := syntaxstage.Stage{Gate: events.MustLexicon()}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		for i := range d.Tokens {
			d.Tokens[i].Head = -1
		}
		if err := st.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGatePolicy checks the agents the gate does not count: a name with
// no actor code, and a pronoun before any actor is named.
func TestGatePolicy(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []bool
	}{
		{"Zorblax Widgets attacked Quintor Holdings.", []bool{false}},
		{"It attacked the town. Chad attacked Sudan. It attacked the town.", []bool{false, true, true}},
		{"The police attacked the crowd. They attacked the town.", []bool{true, true}},
	} {
		d := prepare(t, tc.text)
		if err := (syntaxstage.Stage{Gate: events.MustLexicon()}).Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if len(d.Sentences) != len(tc.want) {
			t.Fatalf("%q: %d sentences, want %d", tc.text, len(d.Sentences), len(tc.want))
		}
		for i, want := range tc.want {
			s := d.Sentences[i]
			if got := d.Tokens[s.TokStart].Head >= 0; got != want {
				t.Errorf("%q sentence %d: parsed %v, want %v", tc.text, i, got, want)
			}
		}
	}
}
