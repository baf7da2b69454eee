package genre

import (
	"strings"
	"testing"

	"sitrep/internal/annotate/interview"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

func TestClassify(t *testing.T) {
	long := strings.Repeat("The convoy reached the town after a long delay at the checkpoint. ", 8)
	cases := []struct{ name, text, want string }{
		{"interview", "The Ledger spoke with engineer Mara Oyelaran.\nQ: Is the dam safe?\nA: No.\nQ: Why?\nA: Cracks.", "interview"},
		{"briefing", "Foreign Ministry Spokesperson's Regular Press Conference on May 3\nQ: Any comment?\nA: We oppose it.\nQ: And the talks?\nA: They go on.", "briefing"},
		{"statement", "Joint statement by the foreign ministers on the ceasefire.\n" + long, "statement"},
		{"first person", strings.Repeat("We condemn the attack and we call on our partners to act with us. ", 6), "statement"},
		{"analysis", "Analysis: why the corridor matters\n" + long, "analysis"},
		{"report", "Aid trucks reached the town on Monday, officials said.\n" + long, "report"},
		{"short", "Talks resumed.", "unknown"},
	}
	for _, c := range cases {
		d := doc.New("t", c.text)
		segment.Split(d)
		interview.Detect(d)
		if got, cue := Classify(d); got != c.want {
			t.Errorf("%s: genre %q (%s), want %q", c.name, got, cue, c.want)
		}
	}
}

func BenchmarkClassify(b *testing.B) {
	text := strings.Repeat("Aid trucks reached the town on Monday, officials said. ", 150)
	d := doc.New("b", text)
	segment.Split(d)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Classify(d)
	}
}

func TestIsWeOurUsMatchesToLower(t *testing.T) {
	plain := func(w string) bool {
		switch strings.ToLower(w) {
		case "we", "our", "us":
			return true
		}
		return false
	}
	for _, w := range []string{"we", "We", "WE", "our", "OUR", "Our", "us", "US", "uS", "u", "ours", "wé", "\u212aus", "u\u017f", "W\u0395", "", "w"} {
		if got, want := isWeOurUs(w), plain(w); got != want {
			t.Errorf("isWeOurUs(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzFewerWords(f *testing.F) {
	f.Add("one two  three\tfour\u00a0five", 3)
	f.Fuzz(func(t *testing.T, text string, n int) {
		if n < 0 || n > 50 {
			return
		}
		if got, want := fewerWords(text, n), len(strings.Fields(text)) < n; got != want {
			t.Errorf("fewerWords(%q, %d) = %v, want %v", text, n, got, want)
		}
	})
}
