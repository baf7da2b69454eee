package query

import (
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseContext(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{"", "", ""},
		{"humanitarian", "humanitarian", ""},
		{" Humanitarian ", "humanitarian", ""},
		{"human-rights", "human_rights", ""},
		{"Human Rights", "human_rights", ""},
		{"human_rights", "human_rights", ""},
		{"humanitarian aid", "", `context "humanitarian aid": unknown PLOVER context (want one of agriculture, asylum,`},
		{"FIGHT", "", `context "FIGHT": unknown PLOVER context`},
		{"%", "", "unknown PLOVER context"},
		{"human_right_", "", "unknown PLOVER context"},
	}
	for _, c := range cases {
		v := url.Values{"context": {c.in}}
		f, err := EventValues(v)
		switch {
		case c.err == "" && (err != nil || f.Context != c.want):
			t.Errorf("context=%q: got %q, %v; want %q", c.in, f.Context, err, c.want)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("context=%q: error %v, want %q", c.in, err, c.err)
		case c.err != "":
			if pe, ok := err.(*ParamError); !ok || pe.Param != "context" {
				t.Errorf("context=%q: error %T %v does not name the parameter", c.in, err, err)
			}
		}
	}
}

// The accepted names are exactly the contexts the lexicon's two tables
// can give an event: a context added there must be added here.
func TestContextsCoverLexicon(t *testing.T) {
	if !slices.IsSorted(ploverContexts) {
		t.Fatal("ploverContexts is not sorted")
	}
	dir := filepath.Join("..", "lexicon", "cameo", "data")
	seen := map[string]bool{}
	read := func(name string, col int, header bool) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			if header {
				header = false
				continue
			}
			f := strings.Split(line, "\t")
			if col >= len(f) {
				continue
			}
			for _, c := range strings.Split(f[col], ";") {
				if c = strings.TrimSpace(c); c != "" {
					seen[c] = true
				}
			}
		}
	}
	read("codes.tsv", 5, false)
	read("contexts.tsv", 1, true)
	for c := range seen {
		if !slices.Contains(ploverContexts, c) {
			t.Errorf("context %q of the lexicon is not accepted by the context filter (add it to ploverContexts)", c)
		}
	}
	for _, c := range ploverContexts {
		if !seen[c] {
			t.Errorf("context %q is accepted but no event can carry it", c)
		}
	}
}
