package ner

import "math"

// fused is the inference form of a loaded model's weights. Training uses
// table + Model.w (a key array, a row array and dense float32 rows: three
// or four cache misses per feature). A loaded model instead keeps each
// row next to its key in one open-addressing array of 16-byte slots (a
// 64-bit key and a 64-bit payload), four to a cache line, and the whole
// model is a few MB:
//   - most rows have at most three non-zero weights (a perceptron update
//     touches two labels); they live inside the payload as the file's
//     16-bit integers, so such a feature costs one cache miss;
//   - longer rows, which are also the frequent features, are float32 rows
//     in dense. With 17 labels, labels 0-15 fill exactly one 64-byte line
//     and the last label's weight rides in the payload, so such a feature
//     costs two cache lines instead of the three or four of training form.
//
// An inline weight becomes float32(q)*scale with exactly the rounding the
// training-form loader uses (dense holds the same values), and the rows of
// a token's features are added label by label in feature order, so scores
// are bit-identical (a skipped zero weight adds nothing). Like table it is
// read-only after loading and safe for concurrent use.
type fused struct {
	slots  []fslot
	dense  []float32 // labels 0..nl-2 of the long rows, stride floats each
	stride int
	mask   uint64
	n      int // rows stored
	nl     int
	scale  float32
	occ    []uint64 // bit i set: slots[i] is taken (seal builds it)
}

// fslot is a key (0 marks an empty slot) and its row. With the top bit of
// val set, val holds up to three entries of entBits (label<<16 |
// uint16(q); q == 0 marks an unused entry). Otherwise the low 31 bits are
// the row's index in dense (never 0: row 0 is a dummy, so that a found
// row is never 0) and bits 31-62 the float32 bits of the last label.
type fslot struct {
	key, val uint64
}

const (
	inlineBit  = 1 << 63
	entBits    = 21 // 5-bit label + int16 weight
	entMask    = 1<<entBits - 1
	maxInline  = 3
	maxFusedNL = 1 << (entBits - 16) // labels that fit an entry
	rowBits    = 31
	rowMask    = 1<<rowBits - 1
)

// newFused sizes the array for n rows at a load factor of at most 2/3.
func newFused(n, nl int, scale float32) *fused {
	size := 1024
	for size*2 < n*3 {
		size <<= 1
	}
	f := &fused{slots: make([]fslot, size), mask: uint64(size - 1), nl: nl, scale: scale}
	f.stride = (nl - 1 + 15) &^ 15 // whole 64-byte lines
	f.dense = make([]float32, f.stride)
	return f
}

// put stores the row of key h, given as (label, q) pairs with q != 0 in
// label order (loading only; keys are distinct and non-zero).
func (f *fused) put(h uint64, labels []int, qs []int16) {
	var val uint64
	if len(labels) <= maxInline {
		val = inlineBit
		for k, l := range labels {
			val |= uint64(uint32(l)<<16|uint32(uint16(qs[k]))) << (k * entBits)
		}
	} else {
		row := len(f.dense) / f.stride
		f.dense = append(f.dense, make([]float32, f.stride)...)
		var last float32
		for k, l := range labels {
			w := float32(qs[k]) * f.scale
			if l == f.nl-1 {
				last = w
			} else {
				f.dense[row*f.stride+l] = w
			}
		}
		val = uint64(math.Float32bits(last))<<rowBits | uint64(row)
	}
	for i := h & f.mask; ; i = (i + 1) & f.mask {
		if f.slots[i].key == 0 {
			f.slots[i] = fslot{key: h, val: val}
			f.n++
			return
		}
	}
}

// seal moves dense into a fresh allocation after loading: a large Go
// allocation starts on a page boundary, so every row is line-aligned.
func (f *fused) seal() {
	f.dense = append(make([]float32, 0, len(f.dense)), f.dense...)
	f.occ = f.occupancy()
}

// row appends the (label, q) pairs of slot s, as stored in the file.
func (f *fused) row(s fslot, labels []int, qs []int16) ([]int, []int16) {
	if s.val&inlineBit != 0 {
		for k := 0; k < maxInline; k++ {
			if e := uint32(s.val >> (k * entBits) & entMask); int16(e) != 0 {
				labels, qs = append(labels, int(e>>16)), append(qs, int16(e))
			}
		}
		return labels, qs
	}
	r := int(s.val & rowMask)
	for j, w := range f.dense[r*f.stride : r*f.stride+f.nl-1] {
		if w != 0 {
			labels, qs = append(labels, j), append(qs, f.q(w))
		}
	}
	if w := math.Float32frombits(uint32(s.val >> rowBits)); w != 0 {
		labels, qs = append(labels, f.nl-1), append(qs, f.q(w))
	}
	return labels, qs
}

// q recovers the file's integer from a weight w = float32(q)*scale: the
// relative error of w is below 2^-24 and |q| <= 32767, so rounding the
// quotient gives q back exactly.
func (f *fused) q(w float32) int16 { return int16(math.Round(float64(w) / float64(f.scale))) }

// lookup returns the payload of feature h, or 0 when it has no weights.
func (f *fused) lookup(h uint64) uint64 {
	for i := h & f.mask; ; i = (i + 1) & f.mask {
		s := &f.slots[i]
		if s.key == h {
			return s.val
		}
		if s.key == 0 {
			return 0
		}
	}
}
