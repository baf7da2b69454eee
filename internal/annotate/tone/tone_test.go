package tone

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

func measure(text string) doc.Tone {
	d := doc.New("t", text)
	segment.Split(d)
	return Measure(d.Tokens)
}

func TestMeasure(t *testing.T) {
	cases := []struct {
		text          string
		pos, neg, all int
	}{
		{"The blockade left civilians trapped.", 0, 2, 5},
		{"Both sides signed a peace agreement.", 2, 0, 6},
		{"The truce did not fail.", 2, 0, 5},                           // not + fail -> positive
		{"There is no peace, and war goes on.", 0, 2, 8},               // no + peace -> negative; the comma ends the negation
		{"They never agreed to cooperation with the rebels.", 0, 2, 8}, // both within the window
		{"", 0, 0, 0},
	}
	for _, c := range cases {
		got := measure(c.text)
		if got.WordCount != c.all {
			t.Errorf("%q: %d words, want %d", c.text, got.WordCount, c.all)
			continue
		}
		if c.all == 0 {
			continue
		}
		wantPos := round2(100 * float64(c.pos) / float64(c.all))
		wantNeg := round2(100 * float64(c.neg) / float64(c.all))
		if got.Positive != wantPos || got.Negative != wantNeg || got.Score != round2(wantPos-wantNeg) {
			t.Errorf("%q: tone %+v, want positive %.2f negative %.2f", c.text, got, wantPos, wantNeg)
		}
	}
}

func TestFoundingExampleNegative(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "seeds", "000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		t.Skipf("founding example not found (../shared absent?): %v", err)
	}
	got := measure(string(data))
	t.Logf("founding example tone: %+v", got)
	if got.Score > -1 {
		t.Errorf("tone score %.2f; the blockade interview must read negative (floor -1; raise it as the lexicon improves)", got.Score)
	}
}

func BenchmarkMeasure(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "seeds", "000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		b.Skipf("founding example not found: %v", err)
	}
	d := doc.New("b", string(data))
	segment.Split(d)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Measure(d.Tokens)
	}
}
