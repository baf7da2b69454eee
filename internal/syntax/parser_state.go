package syntax

// Arc-hybrid transition system. The artificial root (index 0) sits at
// the bottom of the stack; the buffer is the suffix b..n of the words.
// RIGHT with the root as s1 is only allowed once the buffer is empty, so
// every parse has exactly one root dependent.
const (
	actShift = iota
	actLeft  // head(s0) = b0, pop s0
	actRight // head(s0) = s1, pop s0
	nActs
)

type parseState struct {
	n     int // number of words; tokens are 1..n
	stack []int32
	b     int
	heads []int32
	// nearest-two left/right children and counts per token, for features
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []int32
}

func (s *parseState) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	s.heads = resizeI32(s.heads, n+1, -1)
	s.lc1 = resizeI32(s.lc1, n+1, 0)
	s.lc2 = resizeI32(s.lc2, n+1, 0)
	s.rc1 = resizeI32(s.rc1, n+1, 0)
	s.rc2 = resizeI32(s.rc2, n+1, 0)
	s.nl = resizeI32(s.nl, n+1, 0)
	s.nr = resizeI32(s.nr, n+1, 0)
}

func resizeI32(a []int32, n int, v int32) []int32 {
	if cap(a) < n {
		a = make([]int32, n)
	}
	a = a[:n]
	for i := range a {
		a[i] = v
	}
	return a
}

func (s *parseState) done() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *parseState) valid(a int) bool {
	k := len(s.stack)
	switch a {
	case actShift:
		return s.b <= s.n
	case actLeft:
		return s.b <= s.n && s.stack[k-1] != 0
	default:
		return k >= 2 && (s.stack[k-2] != 0 || s.b > s.n)
	}
}

// forced returns the only valid action, if there is just one.
func (s *parseState) forced() (int, bool) {
	switch {
	case s.b > s.n:
		return actRight, true
	case len(s.stack) == 1:
		return actShift, true
	}
	return 0, false
}

func (s *parseState) apply(a int) {
	k := len(s.stack)
	switch a {
	case actShift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case actLeft:
		s.addArc(int32(s.b), s.stack[k-1])
		s.stack = s.stack[:k-1]
	default:
		s.addArc(s.stack[k-2], s.stack[k-1])
		s.stack = s.stack[:k-1]
	}
}

func (s *parseState) addArc(h, d int32) {
	s.heads[d] = h
	if d < h {
		s.nl[h]++
		if s.lc1[h] == 0 || d < s.lc1[h] {
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		} else if s.lc2[h] == 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		if d > s.rc1[h] {
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		} else if d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// oracleCosts fills the number of gold arcs each action makes
// unreachable (Goldberg & Nivre 2013, arc-hybrid), -1 if invalid. Exact
// for projective gold trees; callers projectivise training trees first.
func (s *parseState) oracleCosts(gold []int32, cost *[nActs]int) {
	k := len(s.stack)
	for a := 0; a < nActs; a++ {
		cost[a] = -1
	}
	var s0, s1 int32 = -1, -1
	if k >= 1 {
		s0 = s.stack[k-1]
	}
	if k >= 2 {
		s1 = s.stack[k-2]
	}
	b := int32(s.b)
	// children of s0 still in the buffer are lost by either pop
	depsInBuf := 0
	if s0 >= 0 {
		for d := b; d <= int32(s.n); d++ {
			if gold[d] == s0 {
				depsInBuf++
			}
		}
	}
	if s.valid(actShift) {
		c := 0
		for _, x := range s.stack {
			if gold[b] == x && x != s0 {
				c++
			}
			if x != 0 && gold[x] == b {
				c++
			}
		}
		cost[actShift] = c
	}
	if s.valid(actLeft) {
		c := depsInBuf
		if g := gold[s0]; g != b && (g == s1 || g > b) {
			c++
		}
		cost[actLeft] = c
	}
	if s.valid(actRight) {
		c := depsInBuf
		if gold[s0] >= b {
			c++
		}
		cost[actRight] = c
	}
}
