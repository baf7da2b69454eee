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
	first   map[string]uint8 // first word of an entry -> most words an entry starting so has
	cats    []string
}

func loadGazetteer(data string) *gazetteer {
	g := &gazetteer{entries: map[string]uint8{}, first: map[string]uint8{}}
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
		first, _, _ := strings.Cut(key, " ")
		g.first[first] = max(g.first[first], uint8(min(strings.Count(key, " ")+1, 255)))
	}
	return g
}

// matchInto sets s.gaz[i] to 0 (no match) or 2*cat+{0 for first word, 1
// for a continuation}, preferring the longest match at each start. Only
// capitalised sequences match, so "turkey" the bird and "china" plates do
// not fire. It reads the lower-case forms and capitalisation classes that
// lowerWords left in s, and looks up only the phrase lengths that some
// entry starting with the first word has.
func (g *gazetteer) matchInto(words []string, s *scratch) {
	out := s.gaz[:len(words)]
	clear(out)
	for i := 0; i < len(words); {
		n := 0
		var cat uint8
		if c := s.toks[i].cap; c == capInit || c == capAll || c == capMixed {
			lw := s.low(i)
			first := lw
			if k := indexByte(lw, ' '); k >= 0 {
				first = lw[:k]
			}
			maxL := min(int(g.first[string(first)]), maxGazLen, len(words)-i)
			key := s.key[:0]
			for l := 1; l <= maxL; l++ {
				if l > 1 {
					key = append(key, ' ')
				}
				key = append(key, s.low(i+l-1)...)
				if c, ok := g.entries[string(key)]; ok {
					n, cat = l, c
				}
			}
			s.key = key
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
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}
