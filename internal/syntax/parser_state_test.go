package syntax

import "testing"

// TestForced checks that forced reports a move exactly when it is the
// only valid one, so skipping the scorer cannot change a parse.
func TestForced(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stack []int32
		b, n  int
		want  int
		ok    bool
	}{
		{"bare root, words left", []int32{0}, 1, 3, actShift, true},
		{"buffer empty", []int32{0, 2, 3}, 4, 3, actRight, true},
		{"last reduction to root", []int32{0, 1}, 2, 1, actRight, true},
		{"free choice", []int32{0, 1}, 2, 3, 0, false},
		{"root below, buffer full", []int32{0, 1, 2}, 3, 5, 0, false},
	} {
		s := &parseState{n: tc.n, stack: tc.stack, b: tc.b}
		nValid, only := 0, -1
		for a := 0; a < nActs; a++ {
			if s.valid(a) {
				nValid, only = nValid+1, a
			}
		}
		a, ok := s.forced()
		if ok != tc.ok || (ok && a != tc.want) {
			t.Errorf("%s: forced() = %d, %v; want %d, %v", tc.name, a, ok, tc.want, tc.ok)
		}
		if ok != (nValid == 1) || (ok && a != only) {
			t.Errorf("%s: forced() = %d, %v but %d valid moves (only %d)", tc.name, a, ok, nValid, only)
		}
	}
}
