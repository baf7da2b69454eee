package verbdict

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzParse: the reader never panics, fails only with a *ParseError (a
// file and a line), and what it accepts is well formed: every pattern has
// one verb place and names only defined synsets.
func FuzzParse(f *testing.F) {
	if b, err := os.ReadFile("testdata/mini.verbs.txt"); err == nil {
		f.Add(string(b))
	}
	for _, s := range []string{
		"--- X [010] ---\nX\n- * A_B C [011]\n",
		"&S\n+A B\n+&T\n&T\n+C\n--- X [---] ---\n+X_Y {+XS_Y}\n- % * &S_ [012:013]\n",
		"<!-- x\n--- X [010] ---\n-->\n- $ ^ * + [###]\n",
		"--- X [010] [011] ---\nKLM_+X [020]\n- IN_ * [030]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Parse(strings.NewReader(src), "f.txt")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		for _, v := range d.Verbs {
			if len(v.Forms) == 0 {
				t.Fatalf("verb %q without forms", v.Name)
			}
			for _, p := range v.Patterns {
				n := 0
				for _, e := range p.Elems {
					if e.Kind == VerbPos {
						n++
					}
					if e.Kind == Syn && d.Synsets[e.Word] == nil {
						t.Fatalf("pattern %q names undefined %s", p.Text, e.Word)
					}
				}
				if n != 1 {
					t.Fatalf("pattern %q has %d verb places", p.Text, n)
				}
			}
		}
	})
}
