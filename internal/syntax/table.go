package syntax

import "math"

// Inference tables. Training uses linear (exact 64-bit keys, float rows);
// a finished model is compiled into these compact open-addressing tables
// whose slots are single uint64 words, so one feature costs about one
// cache line and the whole model stays a few MB (it was ~45 MB of
// pointer-free but sparse float rows). They are also the on-disk layout:
// loading is a bulk copy, nothing is rehashed.
//
// A slot holds a fingerprint of the feature hash in its low bits (0 marks
// an empty slot) and the payload in its high bits. The index comes from
// the low bits of the (already well mixed) feature hash and the
// fingerprint from its high bits, so they are independent.

// table is a multi-class model with sparse rows. A slot is
// fingerprint (16 bits) | payload (48 bits). Rows average about two
// non-zero classes, so a row of at most two (class, int16 weight)
// entries lives inside the payload (flag bit 47 set): one cache miss per
// feature. Longer rows point into ents (offset<<8 | count), each ent
// class<<16 | uint16(weight). With nc == 0 the table is a plain key ->
// value index (the tag dictionary): the payload is the value.
type table struct {
	nc    int
	mask  uint64
	slots []uint64
	ents  []uint32
	occ   []uint64 // occupancy bitmap of slots (see occupancy); nil: none
}

const (
	inlineFlag = 1 << 47
	entBits    = 23 // 7-bit class + int16 weight
	entMask    = 1<<entBits - 1
	maxInlineC = 1 << (entBits - 16)
)

// find returns the payload of feature f.
func (t *table) find(f uint64) (uint64, bool) {
	fp := fp16(f)
	for i := f & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s&0xffff == fp {
			return s >> 16, true
		}
		if s == 0 {
			return 0, false
		}
	}
}

// score sums the weights of the known features into out (len nc).
func (t *table) score(feats []uint64, out []int32) {
	clear(out)
	var sink uint64
	if occ := t.occ; occ != nil {
		// as table3.scoreOcc: an empty home slot is read from the bitmap
		for _, f := range feats {
			i := f & t.mask
			sink |= t.slots[i*(occ[i>>6]>>(i&63)&1)]
		}
	} else {
		for _, f := range feats { // overlap the cache misses (see table3)
			sink |= t.slots[f&t.mask]
		}
	}
	if sink == 0 { // no home slot occupied (slot 0 stands for empty ones)
		return
	}
	for _, f := range feats {
		if h := f & t.mask; t.occ != nil && t.occ[h>>6]>>(h&63)&1 == 0 {
			continue
		}
		p, ok := t.find(f)
		if !ok {
			continue
		}
		if p&inlineFlag != 0 {
			e := p & entMask
			out[e>>16] += int32(int16(e))
			e = p >> entBits & entMask
			out[e>>16] += int32(int16(e))
			continue
		}
		off, n := p>>8, p&0xff
		for _, e := range t.ents[off : off+n] {
			out[e>>16] += int32(int16(e))
		}
	}
}

// tableSize is the power of two keeping the load factor at most 2/3.
func tableSize(n int) int {
	size := 1024
	for size*2 < n*3 {
		size <<= 1
	}
	return size
}

func (t *table) put(f uint64, payload uint64) {
	fp := fp16(f)
	i := f & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = fp | payload<<16
}

// rowKeys lists the key of every row of l in row order (deterministic).
func rowKeys(l *linear) []uint64 {
	keys := make([]uint64, l.rows)
	for _, s := range l.slots {
		if s.key != 0 && int(s.row) < l.rows {
			keys[s.row] = s.key
		}
	}
	return keys
}

// quantScale maps the largest |weight| to 32767.
func quantScale(w []float32) float32 {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	if maxAbs == 0 {
		return 1
	}
	return maxAbs / 32767
}

func quant(v, scale float32) int16 { return int16(math.Round(float64(v / scale))) }

// compileTable keeps the weights with |w| > prune; rows left empty are
// dropped. A single scale per model does not change any argmax.
func compileTable(l *linear, prune float32) *table {
	nc := l.nclass
	scale := quantScale(l.w)
	keys := rowKeys(l)
	type row struct {
		key uint64
		p   uint64
	}
	var rows []row
	var ents, cur []uint32
	for ri, key := range keys {
		cur = cur[:0]
		for c, v := range l.w[ri*nc : ri*nc+nc] {
			if q := quant(v, scale); (v > prune || v < -prune) && q != 0 {
				cur = append(cur, uint32(c)<<16|uint32(uint16(q)))
			}
		}
		switch {
		case len(cur) == 0:
			continue
		case len(cur) <= 2 && nc <= maxInlineC:
			p := uint64(inlineFlag)
			for k, e := range cur {
				p |= uint64(e) << (entBits * k)
			}
			rows = append(rows, row{key, p})
		default:
			rows = append(rows, row{key, uint64(len(ents))<<8 | uint64(len(cur))})
			ents = append(ents, cur...)
		}
	}
	size := tableSize(len(rows))
	t := &table{nc: nc, mask: uint64(size - 1), slots: make([]uint64, size), ents: ents}
	for _, r := range rows {
		t.put(r.key, r.p)
	}
	return t
}

// compileDict turns a key-only linear (the tag dictionary) and its row
// values into a table with nc == 0.
func compileDict(l *linear, vals []uint8) *table {
	keys := rowKeys(l)
	size := tableSize(len(keys))
	t := &table{mask: uint64(size - 1), slots: make([]uint64, size)}
	for ri, key := range keys {
		t.put(key, uint64(vals[ri]))
	}
	return t
}
