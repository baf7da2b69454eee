package ner

import "math"

// add adds the weight rows of feats to out (len nl), in the order of
// feats: float addition is not associative, and the order is what makes
// the sums equal to the training-time ones bit for bit.
func (f *fused) add(feats []uint64, out []float32) {
	if f.occ != nil && f.stride == 16 && f.nl == wideLabels {
		f.add17(feats, (*[wideLabels]float32)(out))
		return
	}
	// Touch every first probe before summing, so that the cache misses
	// of independent features overlap instead of queueing.
	var sink uint64
	for _, h := range feats {
		sink |= f.slots[h&f.mask].key
	}
	if sink == 0 {
		return
	}
	scale := f.scale
	out = out[:f.nl]
	last := len(out) - 1
	for _, h := range feats {
		val := f.lookup(h)
		if val == 0 {
			continue
		}
		if val&inlineBit != 0 {
			for k := 0; k < maxInline; k++ {
				e := uint32(val >> (k * entBits) & entMask)
				if int16(e) != 0 {
					// The explicit conversion forbids fusing the multiply
					// into the add (FMA), which would change the rounding.
					out[e>>16] += float32(float32(int16(e)) * scale)
				}
			}
			continue
		}
		r := int(val&rowMask) * f.stride
		row := f.dense[r : r+last]
		for j, w := range row {
			out[j] += w
		}
		out[last] += math.Float32frombits(uint32(val >> rowBits))
	}
}
