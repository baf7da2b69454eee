package ner

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sync"
)

// gazlists.tsv.gz is the large gazetteer built by cmd/buildgaz from word
// lists in package registries (see README.md, "Gazetteer sources and
// licences"): one "lower-cased tokens<TAB>list,list" line per entry.
//
//go:embed gazlists.tsv.gz
var gazListsData []byte

// gazListNames fixes each list's bit position in the features; reordering
// it invalidates trained models. Lists missing from the data simply never
// fire.
var gazListNames = [...]string{"city1", "city2", "company", "country", "lang", "name", "pername", "proper", "region", "wnloc", "wnorg", "wnper", "first", "surname"}

// maxGazTokens is the longest phrase looked up; cmd/buildgaz keeps no
// longer entry.
const maxGazTokens = 6

// Positions of a token inside a match (BILOU without O), two bits.
const (
	gazU = iota
	gazB
	gazI
	gazL
)

// gazLists maps the FNV hash of a lower-cased, space-joined phrase to the
// lists that contain it (bit k for gazListNames[k]). For single words the
// bits from 16 up also hold the token count of the longest entry that
// starts with the word, so a phrase lookup stops as early as possible.
// It is a flat hash table rather than a Go map: it is filled with about
// a million updates at start-up and probed for every capitalised word.
type gazLists struct {
	keys []uint64 // open addressing, linear probing; 0 = empty slot
	vals []uint32
	mask uint64
	n    int
}

// get returns the value stored for phrase hash h (0 if none).
func (g *gazLists) get(h uint64) uint32 {
	if h == 0 {
		h = 1
	}
	for i := mix(h) & g.mask; ; i = (i + 1) & g.mask {
		switch g.keys[i] {
		case h:
			return g.vals[i]
		case 0:
			return 0
		}
	}
}

// slot returns the value cell for h, inserting h if needed.
func (g *gazLists) slot(h uint64) *uint32 {
	if h == 0 {
		h = 1
	}
	if (g.n+1)*2 > len(g.keys) {
		g.grow()
	}
	for i := mix(h) & g.mask; ; i = (i + 1) & g.mask {
		switch g.keys[i] {
		case h:
			return &g.vals[i]
		case 0:
			g.keys[i] = h
			g.n++
			return &g.vals[i]
		}
	}
}

func (g *gazLists) grow() {
	old := *g
	size := max(2*len(old.keys), 1<<10)
	*g = gazLists{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
	for i, k := range old.keys {
		if k != 0 {
			*g.slot(k) = old.vals[i]
		}
	}
}

var (
	gazListsOnce sync.Once
	gazListsVal  *gazLists
)

// loadGazLists decodes the embedded lists once; the result is shared and
// read-only.
func loadGazLists() *gazLists {
	gazListsOnce.Do(func() {
		gazListsVal = parseGazLists(gazListsData)
		gazListsVal.intoHugePages() // shared for the process's life
	})
	return gazListsVal
}

// It works on the decompressed bytes without making strings: loading is
// part of every process's start-up.
func parseGazLists(data []byte) *gazLists {
	// Sized for the committed lists (about 400,000 phrases) at a load
	// factor under 1/2, so loading never rehashes.
	g := &gazLists{keys: make([]uint64, 1<<20), vals: make([]uint32, 1<<20), mask: 1<<20 - 1}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return g
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return g
	}
	bit := map[string]uint32{}
	for k, n := range gazListNames {
		bit[n] = 1 << k
	}
	for len(text) > 0 {
		line := text
		if k := bytes.IndexByte(text, '\n'); k >= 0 {
			line, text = text[:k], text[k+1:]
		} else {
			text = nil
		}
		tab := bytes.IndexByte(line, '\t')
		if tab < 0 || line[0] == '#' {
			continue
		}
		phrase, lists := line[:tab], line[tab+1:]
		var b uint32
		for len(lists) > 0 {
			name := lists
			if k := bytes.IndexByte(lists, ','); k >= 0 {
				name, lists = lists[:k], lists[k+1:]
			} else {
				lists = nil
			}
			b |= bit[string(name)]
		}
		if b == 0 {
			continue
		}
		*g.slot(hashBytes(phrase)) |= b
		n := uint32(bytes.Count(phrase, []byte{' '}) + 1)
		first := phrase
		if k := bytes.IndexByte(phrase, ' '); k >= 0 {
			first = phrase[:k]
		}
		if v := g.slot(hashBytes(first)); *v>>16 < n {
			*v = *v&0xffff | n<<16
		}
	}
	return g
}

// matchInto sets s.gbits[i] to the union over lists of bit 4*list+pos for
// every longest match of each list that covers word i, pos being the
// word's place in the match (gazU..gazL). A match must start with a
// capitalised word; words inside it may be lower-case ("Bank of England").
// It reads the lower-case forms that lowerWords left in s.
func (g *gazLists) matchInto(n int, s *scratch) {
	out := s.gbits[:n]
	clear(out)
	for i := 0; i < n; i++ {
		if c := s.toks[i].cap; c != capInit && c != capAll && c != capMixed {
			continue
		}
		lw := s.low(i)
		h := hashBytes(lw)
		v := g.get(h)
		maxL := int(v >> 16)
		if k := indexByte(lw, ' '); k >= 0 { // a token with a space: "New York"
			maxL = int(g.get(hashBytes(lw[:k])) >> 16)
		}
		if v == 0 && maxL == 0 {
			continue
		}
		maxL = min(maxL, n-i, maxGazTokens)
		var best [len(gazListNames)]uint8
		mark := func(mask uint32, l int) {
			for k := range best {
				if mask&(1<<k) != 0 {
					best[k] = uint8(l)
				}
			}
		}
		mark(v&0xffff, 1)
		for l := 2; l <= maxL; l++ {
			h = (h ^ ' ') * fnvPrime
			for _, c := range s.low(i + l - 1) {
				h = (h ^ uint64(c)) * fnvPrime
			}
			if w := g.get(h); w&0xffff != 0 {
				mark(w&0xffff, l)
			}
		}
		for k, l := range best {
			switch {
			case l == 1:
				out[i] |= 1 << (4*k + gazU)
			case l > 1:
				out[i] |= 1 << (4*k + gazB)
				for j := i + 1; j < i+int(l)-1; j++ {
					out[j] |= 1 << (4*k + gazI)
				}
				out[i+int(l)-1] |= 1 << (4*k + gazL)
			}
		}
	}
}
