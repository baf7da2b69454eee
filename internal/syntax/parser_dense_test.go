package syntax

import (
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTagFeatsMatchTable checks precomputed entries, and atoms out of
// the dense ranges, against table3's own lookup of the feature hash.
func TestTagFeatsMatchTable(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tf := m.parser.tags
	if tf == nil {
		t.Fatal("the loaded model has no precomputed tag features")
	}
	rng := rand.New(rand.NewSource(1))
	for i, sp := range tf.tmpls {
		for range 3000 {
			var a [3]uint64
			for j := 0; j < sp.n; j++ {
				switch rng.Intn(10) {
				case 0:
					a[j] = rootAtom
				case 1:
					a[j] = uint64(rng.Intn(200)) // often out of range
				default:
					a[j] = uint64(rng.Intn(sp.dom[j]))
				}
			}
			f := tf.hash(i, a)
			v, ok := tf.at(i, a)
			if !ok {
				if _, ok := randomInRange(tf, sp, a); ok {
					t.Fatalf("template %d atoms %v refused", sp.id, a)
				}
				continue
			}
			x, y, z := unpack(int64(v))
			if a, b, c := m.parser.fast.score([]uint64{f}); [3]int32{a, b, c} != [3]int32{x, y, z} {
				t.Fatalf("template %d atoms %v: weights %v, table gives %v", sp.id, a, [3]int32{x, y, z}, [3]int32{a, b, c})
			}
		}
	}
}

// randomInRange reports whether every atom of a is in sp's dense range.
func randomInRange(tf *dense, sp denseTmpl, a [3]uint64) ([3]uint64, bool) {
	for j := 0; j < sp.n; j++ {
		if sp.tag[j] {
			if a[j] != rootAtom && a[j] > tf.nt {
				return a, false
			}
		} else if a[j] >= uint64(sp.dom[j]) {
			return a, false
		}
	}
	return a, true
}

// TestTagFeatsSameParses parses with and without the precomputed
// features: the trees must be identical.
func TestTagFeatsSameParses(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	plain := &Model{upos: m.upos, xpos: m.xpos, labeler: &labeler{rels: m.labeler.rels, tab: m.labeler.tab}, parser: &parser{fast: m.parser.fast}}
	sents := [][]string{
		strings.Fields("Azerbaijan closed the only road linking Armenia to Karabakh on Monday , officials said ."),
		strings.Fields("The minister , who arrived late , did not say whether talks would resume next week ."),
		strings.Fields("Prices rose 3.5 pct in the three months to March , the bank said in a statement ."),
	}
	// and the UD EWT dev sentences, when ../shared has them
	if ts, err := ReadCoNLLUFile(filepath.Join("..", "..", "..", "shared", "bench", "ud", "en_ewt-ud-dev.conllu.gz")); err == nil {
		for _, s := range ts {
			sents = append(sents, s.Words)
		}
	} else {
		t.Logf("UD EWT dev not available, own sentences only: %v", err)
	}
	for _, w := range sents {
		a, b := m.AnalyzeUPOS(w), plain.AnalyzeUPOS(w)
		if !slices.Equal(a.Heads, b.Heads) || !slices.Equal(a.Rels, b.Rels) {
			t.Fatalf("%q: heads %v rels %v, without precomputed features %v %v", w, a.Heads, a.Rels, b.Heads, b.Rels)
		}
	}
	t.Logf("%d sentences parsed the same", len(sents))
}

// TestTagFeatsSumMatchesAdd checks the unrolled sum against the
// template-by-template add on random configurations.
func TestTagFeatsSumMatchesAdd(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tf := m.parser.tags
	rng := rand.New(rand.NewSource(2))
	tag := func() uint64 {
		if rng.Intn(8) == 0 {
			return rootAtom
		}
		return uint64(rng.Intn(int(tf.nt) + 1))
	}
	for range 20000 {
		a := parseAtoms{s0t: tag(), s1t: tag(), b0t: tag(), b1t: tag(), b2t: tag(), s2t: tag(),
			s0lc1: tag(), s0lc2: tag(), s0rc1: tag(), s0rc2: tag(), s1lc1: tag(), s1rc1: tag(), s1rc2: tag(),
			b0lc1: tag(), b0lc2: tag(), dS0B0: uint64(rng.Intn(nDist)), dS1S0: uint64(rng.Intn(nDist)),
			s0nl: uint64(rng.Intn(maxVal)), s0nr: uint64(rng.Intn(maxVal)), b0nl: uint64(rng.Intn(maxVal)), s1nr: uint64(rng.Intn(maxVal))}
		v, ok := tf.tagSum(&a)
		if !ok {
			t.Fatalf("atoms in range refused: %+v", a)
		}
		var want [3]int32
		for i, at := range tagAtoms(&a)[:len(tf.tmpls)] {
			w, ok := tf.at(i, at)
			if !ok {
				t.Fatalf("template %d refused %v", i, at)
			}
			x, y, z := unpack(int64(w))
			want[0], want[1], want[2] = want[0]+x, want[1]+y, want[2]+z
		}
		if x, y, z := unpack(v); [3]int32{x, y, z} != want {
			t.Fatalf("%+v: sum %v, templates one by one %v", a, [3]int32{x, y, z}, want)
		}
	}
	a := parseAtoms{s0nl: maxVal}
	if _, ok := tf.tagSum(&a); ok {
		t.Error("a valency out of range was accepted")
	}
}
