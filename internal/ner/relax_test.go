package ner

import "testing"

func TestRetype(t *testing.T) {
	a := func(part int) int { return labelOf(0, part) }
	b := func(part int) int { return labelOf(1, part) }
	labels := []int{0, a(bU), a(bB), a(bI), a(bI), 0}
	retype(labels, 4, 1)
	want := []int{0, a(bU), b(bB), b(bI), b(bI), 0}
	for i := range want {
		if labels[i] != want[i] {
			t.Fatalf("retype: got %v, want %v", labels, want)
		}
	}
}

func TestCloseReopenLabel(t *testing.T) {
	for k := 0; k < 4; k++ {
		cases := []struct{ in, closed int }{
			{labelOf(k, bB), labelOf(k, bU)},
			{labelOf(k, bI), labelOf(k, bL)},
		}
		for _, c := range cases {
			if got := closeLabel(c.in); got != c.closed {
				t.Errorf("closeLabel(%d) = %d, want %d", c.in, got, c.closed)
			}
			if got := reopenLabel(c.closed); got != c.in {
				t.Errorf("reopenLabel(%d) = %d, want %d", c.closed, got, c.in)
			}
		}
	}
}

// TestChoose checks the revisions of the previous label with a model of
// two types (labels 0..8: O, B/I/L/U-A, B/I/L/U-B).
func TestChoose(t *testing.T) {
	m := &Model{nl: 9}
	a := func(part int) int { return labelOf(0, part) }
	b := func(part int) int { return labelOf(1, part) }
	cases := []struct {
		name      string
		prev, top int // previous label; label given the highest score
		label     int // chosen label
		revised   int // labels[i-1] afterwards
	}{
		{"start of sentence", -1, a(bI), a(bU), -1}, // I not allowed: next best
		{"continue open", a(bB), a(bL), a(bL), a(bB)},
		{"close open B", a(bB), 0, 0, a(bU)},
		{"close open I", a(bI), b(bU), b(bU), a(bL)},
		{"retype open", a(bB), b(bI), b(bI), b(bB)},
		{"reopen U", a(bU), a(bL), a(bL), a(bB)},
		{"reopen L", a(bL), a(bI), a(bI), a(bI)},
		{"closed stays closed", a(bU), 0, 0, a(bU)},
		{"retype and reopen U", a(bU), b(bL), b(bL), b(bB)},
		{"after O as usual", 0, a(bL), a(bU), 0},
	}
	for _, c := range cases {
		// Scores rank top first, then every label in decreasing order of
		// a fixed preference, so the fallback choice is predictable.
		scores := make([]float32, m.nl)
		pref := []int{a(bU), a(bI), a(bL), a(bB), b(bU), b(bB), b(bI), b(bL), 0}
		for r, l := range pref {
			scores[l] = float32(len(pref) - r)
		}
		scores[c.top] = 100
		labels := []int{c.prev, -1}
		i := 1
		if c.prev < 0 {
			labels, i = []int{-1}, 0
		}
		got, newPrev := m.choose(scores, labels, i, c.prev)
		if got != c.label || newPrev != c.revised || (i > 0 && labels[0] != c.revised) {
			t.Errorf("%s: got label %d prev %d (labels %v), want %d and %d", c.name, got, newPrev, labels, c.label, c.revised)
		}
	}
}
