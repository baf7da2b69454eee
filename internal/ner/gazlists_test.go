package ner

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// gazData gzips hand-written gazetteer lines.
func gazData(t *testing.T, lines ...string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte("# test lists\n" + strings.Join(lines, "\n") + "\n"))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func listBit(t *testing.T, name string, pos int) uint64 {
	for k, n := range gazListNames {
		if n == name {
			return 1 << (4*k + pos)
		}
	}
	t.Fatalf("no list %q", name)
	return 0
}

func TestGazListsMatch(t *testing.T) {
	g := parseGazLists(gazData(t,
		"new zealand\tcountry,wnloc",
		"new\tcompany",
		"bank of england\twnorg",
		"england\tcountry",
		"zealand\tregion",
		"bogus\tno-such-list",
	))
	country, wnloc, company := listBit(t, "country", gazB), listBit(t, "wnloc", gazB), listBit(t, "company", gazU)
	cases := []struct {
		text string
		want []uint64
	}{
		// The longest match of each list; other lists' shorter matches
		// at the same start stay ("new" is a company).
		{"New Zealand won", []uint64{country | wnloc | company, country<<(gazL-gazB) | wnloc<<(gazL-gazB) | listBit(t, "region", gazU), 0}},
		// Inner words may be lower-case; a match cannot start with one.
		{"the Bank of England", []uint64{0, listBit(t, "wnorg", gazB), listBit(t, "wnorg", gazI), listBit(t, "wnorg", gazL) | listBit(t, "country", gazU)}},
		{"bank of england", []uint64{0, 0, 0}},
		// Headlines in capitals match too.
		{"NEW ZEALAND", []uint64{country | wnloc | company, country<<(gazL-gazB) | wnloc<<(gazL-gazB) | listBit(t, "region", gazU)}},
		// Lines naming unknown lists are ignored.
		{"Bogus", []uint64{0}},
	}
	m := &Model{gaz: loadGazetteer(""), glist: g}
	for _, c := range cases {
		words := strings.Fields(c.text)
		s := m.getScratch(len(words))
		s.lowerWords(words)
		g.matchInto(len(words), s)
		for i, want := range c.want {
			if s.gbits[i] != want {
				t.Errorf("%q word %d: bits %x, want %x", c.text, i, s.gbits[i], want)
			}
		}
		if ref := g.matchRef(words); !equalU64(ref, s.gbits) {
			t.Errorf("%q: matchInto %x, reference %x", c.text, s.gbits, ref)
		}
	}
}

func equalU64(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestGazListsCommitted checks a few facts every build of the committed
// lists has.
func TestGazListsCommitted(t *testing.T) {
	g := loadGazLists()
	for _, c := range []struct{ phrase, list string }{
		{"germany", "country"}, {"new zealand", "country"}, {"buenos aires", "city1"},
		{"sao paulo", "city1"}, {"angela", "first"}, {"merkel", "surname"},
	} {
		if !inList(g, c.phrase, c.list) {
			t.Errorf("%q not in list %s", c.phrase, c.list)
		}
	}
}

func inList(g *gazLists, phrase, list string) bool {
	for k, n := range gazListNames {
		if n == list {
			return g.get(hashStr(phrase))&(1<<k) != 0
		}
	}
	return false
}
