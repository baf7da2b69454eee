package cameo

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/contexts.tsv
var contextsTSV string

var (
	ctxOnce sync.Once
	ctxWord map[string]string // keyword -> PLOVER context
	ctxErr  error
)

func parseContexts(src string) (map[string]string, error) {
	out := map[string]string{}
	header := false
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[0] == "" || f[1] == "" || f[0] != strings.ToLower(f[0]) || len(strings.Fields(f[0])) > 2 {
			return nil, fmt.Errorf("cameo: contexts.tsv:%d: want a lower-case keyword of one or two words and a context", n+1)
		}
		if !header {
			header = true // the column names
			continue
		}
		if _, dup := out[f[0]]; dup {
			return nil, fmt.Errorf("cameo: contexts.tsv:%d: keyword %q listed twice", n+1, f[0])
		}
		out[f[0]] = f[1]
	}
	return out, nil
}

// Contexts returns the PLOVER contexts of an event coded code in a
// sentence of n words, word(i) giving the i-th in lower case: the
// contexts the code implies, then those the sentence's words name, each
// once, sorted. A keyword names a policy area, not an act, so it is read
// from the whole sentence ("blocked the road, cutting off food"), not only
// from the event's own words.
func Contexts(code string, n int, word func(i int) string) []string {
	ctxOnce.Do(func() { ctxWord, ctxErr = parseContexts(contextsTSV) })
	if ctxErr != nil {
		panic(ctxErr) // the embedded table is checked by the tests
	}
	var out []string
	if c := Lookup(code); c != nil {
		out = append(out, c.Context...)
	}
	prev := ""
	for i := 0; i < n; i++ {
		w := word(i)
		if c, ok := ctxWord[w]; ok {
			out = append(out, c)
		}
		if prev != "" {
			if c, ok := ctxWord[prev+" "+w]; ok {
				out = append(out, c)
			}
		}
		prev = w
	}
	if len(out) == 0 {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}
