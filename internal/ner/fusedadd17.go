package ner

import "math"

// The model's shape today: 17 labels, so a long row is one 16-float line
// in dense plus the last label in the payload. add17 is add for that
// shape, with two savings that leave every sum bit-identical:
//   - the occupancy bitmap (32 KB, cache-resident) says when a feature's
//     home slot is empty, and then the feature has no row: its slot is
//     neither touched nor probed (one feature in fourteen on CoNLL text);
//   - the long rows (four features in five) are added by addRows, four
//     labels per SSE2 instruction on amd64, in runs between inline rows.
//
// Each label still receives its weights in feature order (a skipped
// zero weight adds nothing), so the sums are those of add.
const (
	wideLabels = 17
	maxRun     = 32 // long rows queued for one addRows call at most
)

// occupancy returns the bitmap of the taken slots.
func (f *fused) occupancy() []uint64 {
	occ := make([]uint64, (len(f.slots)+63)/64)
	for i := range f.slots {
		if f.slots[i].key != 0 {
			occ[i>>6] |= 1 << (i & 63)
		}
	}
	return occ
}

// add17 is add for a sealed model with nl == wideLabels and stride 16.
func (f *fused) add17(feats []uint64, out *[wideLabels]float32) {
	slots, mask, occ := f.slots, f.mask, f.occ
	// Touch the taken home slots first so their cache misses overlap;
	// an empty one reads slot 0 instead, which stays cached.
	var sink uint64
	for _, h := range feats {
		i := h & mask
		sink |= slots[i*(occ[i>>6]>>(i&63)&1)].key
	}
	if sink == 0 { // no home slot taken (slot 0 stands for empty ones)
		return
	}
	scale := f.scale
	dense := f.dense
	lo := (*[16]float32)(out[:16])
	// Long rows are queued and added in runs by addRows; an inline row
	// first flushes the queue, so every label gets its weights in
	// feature order. Label 16 is never touched by addRows and is added
	// as its rows come.
	var run [maxRun]int32
	n := 0
	for _, h := range feats {
		if i := h & mask; occ[i>>6]>>(i&63)&1 == 0 {
			continue // an empty home slot: h has no row
		}
		v := f.lookup(h)
		if v == 0 {
			continue
		}
		if v&inlineBit != 0 {
			if n > 0 {
				addRows(lo, &dense[0], &run[0], n)
				n = 0
			}
			for k := 0; k < maxInline; k++ {
				e := uint32(v >> (k * entBits) & entMask)
				if int16(e) != 0 {
					// As in add: no FMA, so the rounding is the same.
					out[e>>16] += float32(float32(int16(e)) * scale)
				}
			}
			continue
		}
		if n == maxRun {
			addRows(lo, &dense[0], &run[0], n)
			n = 0
		}
		run[n] = int32(v&rowMask) * 16
		n++
		out[16] += math.Float32frombits(uint32(v >> rowBits))
	}
	if n > 0 {
		addRows(lo, &dense[0], &run[0], n)
	}
}
