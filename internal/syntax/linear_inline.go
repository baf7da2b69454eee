package syntax

// For the 3-class transition classifier the weights are stored inside
// the hash slots, so each feature costs one cache miss instead of two
// (slot, then weight row). The parser does ~90 lookups per word, so this
// is where most of its time goes.
type slot3 struct {
	key uint64
	w   [3]float32
}

type inline3 struct {
	mask  uint64
	slots []slot3
}

// makeInline3 builds the inline table from a finished 3-class model.
func makeInline3(l *linear) *inline3 {
	t := &inline3{mask: l.mask, slots: make([]slot3, len(l.slots))}
	for i, s := range l.slots {
		if s.key == 0 || int(s.row) >= l.rows {
			continue
		}
		t.slots[i].key = s.key
		copy(t.slots[i].w[:], l.w[int(s.row)*3:int(s.row)*3+3])
	}
	return t
}

func (t *inline3) score(feats []uint64, out *[3]float32) {
	var a, b, c float32
	for _, f := range feats {
		k := nonzero(f)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if s.key == k {
				a += s.w[0]
				b += s.w[1]
				c += s.w[2]
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	out[0], out[1], out[2] = a, b, c
}
