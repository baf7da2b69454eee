package syntax

// linear is a multi-class linear model over hashed features. Feature
// keys live in an open-addressing table (no Go map in the hot loop) that
// maps a key to a dense row of nclass float32 weights.
type linear struct {
	nclass int
	mask   uint64
	slots  []slot
	rows   int
	w      []float32 // rows*nclass weights (averaged after finish)
	u      []float32 // training only: sum of step*delta for averaging
	train  bool
}

type slot struct {
	key uint64 // 0 marks an empty slot
	row int32
}

func newLinear(nclass, capacity int) *linear {
	n := 1024
	for n < capacity*2 {
		n <<= 1
	}
	return &linear{nclass: nclass, mask: uint64(n - 1), slots: make([]slot, n)}
}

func nonzero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// find returns the row of key k or -1.
func (l *linear) find(k uint64) int {
	k = nonzero(k)
	for i := k & l.mask; ; i = (i + 1) & l.mask {
		s := l.slots[i]
		if s.key == k {
			return int(s.row)
		}
		if s.key == 0 {
			return -1
		}
	}
}

// insert returns the row of k, creating a zero row if needed.
func (l *linear) insert(k uint64) int {
	if r := l.find(k); r >= 0 {
		return r
	}
	if (l.rows+1)*2 > len(l.slots) {
		l.grow()
	}
	k = nonzero(k)
	i := k & l.mask
	for l.slots[i].key != 0 {
		i = (i + 1) & l.mask
	}
	l.slots[i] = slot{key: k, row: int32(l.rows)}
	l.rows++
	for j := 0; j < l.nclass; j++ {
		l.w = append(l.w, 0)
		if l.train {
			l.u = append(l.u, 0)
		}
	}
	return l.rows - 1
}

func (l *linear) grow() {
	old := l.slots
	l.slots = make([]slot, len(old)*2)
	l.mask = uint64(len(l.slots) - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := s.key & l.mask
		for l.slots[i].key != 0 {
			i = (i + 1) & l.mask
		}
		l.slots[i] = s
	}
}

// score adds the weights of all known features into out (len nclass).
func (l *linear) score(feats []uint64, out []float32) {
	for i := range out {
		out[i] = 0
	}
	nc := l.nclass
	for _, f := range feats {
		r := l.find(f)
		if r < 0 || r >= l.rows {
			continue // unknown, or added to a shared table after averaging
		}
		ws := l.w[r*nc : r*nc+nc]
		out = out[:len(ws)]
		for c, v := range ws {
			out[c] += v
		}
	}
}

// update is the perceptron step with Daume-style lazy averaging: u
// accumulates step*delta so the average is w - u/step at the end.
func (l *linear) update(feats []uint64, truth, guess int, step float32) {
	if truth == guess {
		return
	}
	nc := l.nclass
	for _, f := range feats {
		r := l.insert(f)
		l.w[r*nc+truth]++
		l.u[r*nc+truth] += step
		l.w[r*nc+guess]--
		l.u[r*nc+guess] -= step
	}
}

// averaged returns an inference copy whose weights are the averages;
// the slot table is shared (read-only from then on).
func (l *linear) averaged(step float32) *linear {
	a := &linear{nclass: l.nclass, mask: l.mask, slots: l.slots, rows: l.rows}
	a.w = make([]float32, len(l.w))
	for i := range l.w {
		a.w[i] = l.w[i] - l.u[i]/step
	}
	return a
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}
