package ner

import (
	_ "embed"
	"strings"
)

// gazetteer.txt is a hand-written list of place names and demonyms (facts
// only). Each non-comment line is "category|name"; names are matched
// case-insensitively as whole token sequences.
//
//go:embed gazetteer.txt
var gazetteerData string

const maxGazLen = 4

type gazetteer struct {
	entries map[string]uint8 // lower-cased, space-joined name -> category id
	cats    []string
}

func loadGazetteer(data string) *gazetteer {
	g := &gazetteer{entries: map[string]uint8{}}
	catID := map[string]uint8{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		cat, name, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		id, seen := catID[cat]
		if !seen {
			g.cats = append(g.cats, cat)
			id = uint8(len(g.cats))
			catID[cat] = id
		}
		key := strings.ToLower(strings.Join(strings.Fields(name), " "))
		if _, dup := g.entries[key]; !dup {
			g.entries[key] = id
		}
	}
	return g
}

// match labels each word with 0 (no match) or 2*cat+{0 for first word, 1
// for a continuation}, preferring the longest match at each start. Only
// capitalised sequences match, so "turkey" the bird and "china" plates do
// not fire.
func (g *gazetteer) match(words []string) []uint8 {
	out := make([]uint8, len(words))
	for i := 0; i < len(words); {
		n := 0
		var cat uint8
		var key strings.Builder
		for l := 1; l <= maxGazLen && i+l <= len(words); l++ {
			w := words[i+l-1]
			if c := capClass(w); l == 1 && c != capInit && c != capAll && c != capMixed {
				break
			}
			if l > 1 {
				key.WriteByte(' ')
			}
			key.WriteString(strings.ToLower(w))
			if c, ok := g.entries[key.String()]; ok {
				n, cat = l, c
			}
		}
		if n == 0 {
			i++
			continue
		}
		for k := 0; k < n; k++ {
			out[i+k] = 2 * cat
			if k > 0 {
				out[i+k]++
			}
		}
		i += n
	}
	return out
}
