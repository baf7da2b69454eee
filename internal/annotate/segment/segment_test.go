package segment

import (
	"strings"
	"testing"

	"sitrep/internal/doc"
)

func sents(text string) []string {
	d := doc.New("t", text)
	Split(d)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"abbreviations", "Gen. Ortiz met Lt. Col. Bauer on Jan. 5. They talked.",
			[]string{"Gen. Ortiz met Lt. Col. Bauer on Jan. 5.", "They talked."}},
		{"dotted acronym inside", "The U.S. envoy arrived in Baku on Monday.",
			[]string{"The U.S. envoy arrived in Baku on Monday."}},
		{"dotted acronym at the end", "Aid came from the U.S. The convoy waited.",
			[]string{"Aid came from the U.S.", "The convoy waited."}},
		{"quote closes sentence", `"We will not leave," she said. "Never." He nodded.`,
			[]string{`"We will not leave," she said.`, `"Never."`, "He nodded."}},
		{"question inside quote", `"Why now?" the minister asked.`,
			[]string{`"Why now?" the minister asked.`}},
		{"bracketed insertion", "They blamed the Republic [of Iran] for it. Talks stalled.",
			[]string{"They blamed the Republic [of Iran] for it.", "Talks stalled."}},
		{"interview labels", "Desk: What happened?\nNora Vale: The road closed. Nobody passed.",
			[]string{"Desk:", "What happened?", "Nora Vale:", "The road closed.", "Nobody passed."}},
		{"wrapped wire copy", "The ministry said in\nits weekly report that prices rose.\n    Traders agreed.",
			[]string{"The ministry said in\nits weekly report that prices rose.", "Traders agreed."}},
		{"line break inside a question", "How are they\nnow?", []string{"How are they\nnow?"}},
		{"decimal and initials", "Output grew 2.5 pct, said J. Smith. Shares fell.",
			[]string{"Output grew 2.5 pct, said J. Smith.", "Shares fell."}},
		{"headline line", "TALKS RESUME\nNegotiators met on Monday.", []string{"TALKS RESUME", "Negotiators met on Monday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sents(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences of %q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Azerbaijan's blockade", "Azerbaijan|'s|blockade"},
		{"They don't agree.", "They|do|n't|agree|."},
		{`"120,000 Armenians," he said`, `"|120,000|Armenians|,|"|he|said`},
		{"($2bn) - 50%", "(|$|2bn|)|-|50|%"},
		{"the U.S.-led talks", "the|U.S.-led|talks"},
		{"peace—or war", "peace|—|or|war"},
		{"Armenians' homes", "Armenians|'|homes"},
		{"Ukraine’s victory", "Ukraine|’s|victory"},
		{"Wait...", "Wait|..."},
		{"KYIV- Russian forces", "KYIV|-|Russian|forces"},
		{"Alwaght- After talks", "Alwaght|-|After|talks"},
		{"pre- and post-war", "pre-|and|post-war"},
		{"Courier-", "Courier-"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text, 0, len(tt.text), nil)
		var got []string
		for _, tk := range toks {
			if tt.text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %q does not match its span %d..%d", tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("tokens of %q = %q, want %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

// FuzzSplit checks the invariants on arbitrary text: spans in range, in
// order, tokens equal to their slices, sentences within paragraphs.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Gen. X said: \"Go.\" Then?", "A:\nB: c", "", "\xff\xfe", "U.S. ... “x” ’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New("f", s)
		Split(d)
		prev := 0
		for _, tk := range d.Tokens {
			if tk.Start < prev || tk.End > len(s) || tk.Start >= tk.End || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
		}
		for _, se := range d.Sentences {
			if se.Start > se.End || se.End > len(s) || se.TokStart > se.TokEnd || se.TokEnd > len(d.Tokens) {
				t.Fatalf("bad sentence %+v in %q", se, s)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat(benchText, 20)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		d := doc.New("b", text)
		Split(d)
	}
}

// benchText is our own wire-style paragraph.
const benchText = `BAKU, Aug 17 - Gen. Ortiz of the U.N. mission said on Wednesday that about 120,000 people
remained cut off. "The road has been closed since December," he told reporters, adding that
aid trucks were turned back at the checkpoint. Officials in Yerevan called the move a blockade.
    Talks mediated by the European Union are due to resume next week in Brussels.
`

// cliticAtPlain is the obvious version cliticAt must agree with.
func cliticAtPlain(w string) int {
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			if c == "s'" || c == "s’" {
				return len(c) - 1
			}
			return len(c)
		}
	}
	return 0
}

func TestCliticAtMatchesPlain(t *testing.T) {
	for _, w := range []string{"", "s", "'s", "it's", "IT'S", "Armenians'", "ARMENIANS’", "don't", "DON’T", "n't",
		"we'll", "I'm", "I’M", "they'd", "you're", "we've", "İs", "İ's", "\xff's", "s\xff", "café's", "Aliyev’s", "x's'", "ss'"} {
		if got, want := cliticAt(w), cliticAtPlain(w); got != want {
			t.Errorf("cliticAt(%q) = %d, want %d", w, got, want)
		}
	}
}

func FuzzCliticAt(f *testing.F) {
	for _, w := range []string{"it's", "DON’T", "Armenians'", "İ's"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := cliticAt(w), cliticAtPlain(w); got != want {
			t.Errorf("cliticAt(%q) = %d, want %d", w, got, want)
		}
	})
}
