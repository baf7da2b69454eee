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

// table is a multi-class model with sparse rows: the slot payload is
// offset<<8 | count into ents, each ent class<<16 | uint16(weight). Rows
// average about two non-zero classes, so scoring adds a couple of int16
// values instead of a dense row of 50 floats. With nc == 0 the table is
// a plain key -> value index (the tag dictionary): payload is the value.
type table struct {
	nc    int
	mask  uint64
	slots []uint64
	ents  []uint32
}

func fp32(f uint64) uint64 {
	if x := f >> 32; x != 0 {
		return x
	}
	return 1
}

// find returns the payload of feature f.
func (t *table) find(f uint64) (uint32, bool) {
	fp := fp32(f)
	for i := f & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s&0xffffffff == fp {
			return uint32(s >> 32), true
		}
		if s == 0 {
			return 0, false
		}
	}
}

// score sums the weights of the known features into out (len nc).
func (t *table) score(feats []uint64, out []int32) {
	clear(out)
	for _, f := range feats {
		p, ok := t.find(f)
		if !ok {
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

func (t *table) put(f uint64, payload uint32) {
	fp := fp32(f)
	i := f & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = fp | uint64(payload)<<32
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
	var ents []uint32
	type row struct {
		key      uint64
		off, cnt uint32
	}
	var rows []row
	for ri, key := range keys {
		off := len(ents)
		for c, v := range l.w[ri*nc : ri*nc+nc] {
			if q := quant(v, scale); (v > prune || v < -prune) && q != 0 {
				ents = append(ents, uint32(c)<<16|uint32(uint16(q)))
			}
		}
		if len(ents) > off {
			rows = append(rows, row{key, uint32(off), uint32(len(ents) - off)})
		}
	}
	size := tableSize(len(rows))
	t := &table{nc: nc, mask: uint64(size - 1), slots: make([]uint64, size), ents: ents}
	for _, r := range rows {
		t.put(r.key, r.off<<8|r.cnt)
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
		t.put(key, uint32(vals[ri]))
	}
	return t
}
