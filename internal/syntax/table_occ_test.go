package syntax

import (
	"math/rand"
	"slices"
	"testing"
)

// TestOccupancySameScores checks that scoring with the occupancy bitmap
// gives what plain probing gives, on known and unknown features.
func TestOccupancySameScores(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	var known []uint64 // features the tables know: tag-only ones
	for a := range uint64(18) {
		known = append(known, f1(pS0T, a), f2(pS0TB0T, a, 1), f1(tBias, 0), f1(tP1, a), f1(lDT, a), f2(lDTHT, a, 2))
	}
	feats := func(slots []uint64, mask uint64) []uint64 {
		var fs []uint64
		for range 5 {
			fs = append(fs, known[rng.Intn(len(known))])
		}
		for range 30 {
			f := rng.Uint64()
			if rng.Intn(2) == 0 { // a key likely to share a known slot's home
				f = f&^mask | uint64(rng.Intn(len(slots)))
			}
			fs = append(fs, f)
		}
		return fs
	}
	p := m.parser.fast
	plain3 := &table3{mask: p.mask, slots: p.slots}
	for range 2000 {
		fs := feats(p.slots, p.mask)
		a1, b1, c1 := p.score(fs)
		a2, b2, c2 := plain3.score(fs)
		if [3]int32{a1, b1, c1} != [3]int32{a2, b2, c2} {
			t.Fatalf("parser table: %v with the bitmap, %v without", [3]int32{a1, b1, c1}, [3]int32{a2, b2, c2})
		}
	}
	for _, tab := range []*table{m.upos.tab, m.labeler.tab} {
		plain := *tab
		plain.occ = nil
		x, y := make([]int32, tab.nc), make([]int32, tab.nc)
		for range 2000 {
			fs := feats(tab.slots, tab.mask)
			tab.score(fs, x)
			plain.score(fs, y)
			if !slices.Equal(x, y) {
				t.Fatalf("table: %v with the bitmap, %v without", x, y)
			}
		}
	}
}
