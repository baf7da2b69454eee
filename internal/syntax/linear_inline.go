package syntax

// table3 is the 3-class transition classifier with the weights inside
// the slot: fingerprint (16 bits) | w0 | w1 | w2 (int16 each). The parser
// does ~90 lookups per word, so this table's size and the one cache miss
// per lookup decide its speed. A 16-bit fingerprint lets an unknown
// feature through with probability ~1/40000 per probe: noise far below
// what the perceptron already tolerates.
type table3 struct {
	mask  uint64
	slots []uint64
	occ   []uint64 // occupancy bitmap of slots (see occupancy); nil: none
}

// fp16 is the top 16 bits of f, with 0 (the empty slot) mapped to 1;
// branch-free, as it runs for every probe.
func fp16(f uint64) uint64 {
	x := f >> 48
	return x | (x-1)>>63
}

func (t *table3) score(feats []uint64) (a, b, c int32) {
	if t.occ != nil {
		return t.scoreOcc(feats)
	}
	slots, mask := t.slots, t.mask
	// Touch every home slot first: these loads are independent, so the
	// CPU overlaps their cache misses instead of taking them one by one
	// behind the probe loop's branches.
	var sink uint64
	for _, f := range feats {
		sink |= slots[f&mask]
	}
	if sink == 0 { // every home slot empty: no feature is known
		return
	}
	for _, f := range feats {
		fp := fp16(f)
		for i := f & mask; ; i = (i + 1) & mask {
			s := slots[i]
			if s&0xffff == fp {
				a += int32(int16(s >> 16))
				b += int32(int16(s >> 32))
				c += int32(int16(s >> 48))
				break
			}
			if s == 0 {
				break
			}
		}
	}
	return
}

// compileTable3 builds the inline table from a finished 3-class model.
func compileTable3(l *linear, prune float32) *table3 {
	scale := quantScale(l.w)
	keys := rowKeys(l)
	type row struct {
		key uint64
		w   uint64
	}
	var rows []row
	for ri, key := range keys {
		var w uint64
		for c, v := range l.w[ri*3 : ri*3+3] {
			if v > prune || v < -prune {
				w |= uint64(uint16(quant(v, scale))) << (16 * c)
			}
		}
		if w != 0 {
			rows = append(rows, row{key, w})
		}
	}
	size := tableSize(len(rows))
	t := &table3{mask: uint64(size - 1), slots: make([]uint64, size)}
	for _, r := range rows {
		i := r.key & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = fp16(r.key) | r.w<<16
	}
	return t
}

// scoreOcc is score with the occupancy bitmap: a feature whose home slot
// is empty (a quarter of the parser's lookups) is unknown, and the
// bitmap, small enough to stay in cache, says so without loading the
// slot. The others are probed exactly as in score.
func (t *table3) scoreOcc(feats []uint64) (a, b, c int32) {
	slots, mask, occ := t.slots, t.mask, t.occ
	var sink uint64
	for _, f := range feats {
		i := f & mask
		sink |= slots[i*(occ[i>>6]>>(i&63)&1)] // slot 0 (cached) when empty
	}
	if sink == 0 { // no home slot occupied: no feature is known
		return
	}
	for _, f := range feats {
		h := f & mask
		if occ[h>>6]>>(h&63)&1 == 0 {
			continue
		}
		fp := fp16(f)
		for i := h; ; i = (i + 1) & mask {
			s := slots[i]
			if s&0xffff == fp {
				a += int32(int16(s >> 16))
				b += int32(int16(s >> 32))
				c += int32(int16(s >> 48))
				break
			}
			if s == 0 {
				break
			}
		}
	}
	return
}

// occupancy returns the bitmap of the non-empty slots.
func occupancy(slots []uint64) []uint64 {
	occ := make([]uint64, (len(slots)+63)/64)
	for i, s := range slots {
		if s != 0 {
			occ[i>>6] |= 1 << (i & 63)
		}
	}
	return occ
}
