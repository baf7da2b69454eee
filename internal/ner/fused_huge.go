package ner

import "unsafe"

// intoHugePages moves the slots and the long rows into huge-page memory
// (hugeBytes), where it can be had; the contents, and so every score,
// stay the same. Both arrays hold no pointers, and a huge page starts on
// a cache line, so dense rows stay line-aligned as seal left them.
func (f *fused) intoHugePages() {
	if n := len(f.slots); n > 0 {
		if b := hugeBytes(n * int(unsafe.Sizeof(fslot{}))); b != nil {
			s := unsafe.Slice((*fslot)(unsafe.Pointer(&b[0])), n)
			copy(s, f.slots)
			f.slots = s
		}
	}
	if n := len(f.dense); n > 0 {
		if b := hugeBytes(n * 4); b != nil {
			d := unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), n)
			copy(d, f.dense)
			f.dense = d
		}
	}
}

// intoHugePages moves the table into huge-page memory where it can be
// had (see fused.intoHugePages); lookups give the same values.
func (g *gazLists) intoHugePages() {
	if n := len(g.keys); n > 0 {
		if b := hugeBytes(n * 8); b != nil {
			k := unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), n)
			copy(k, g.keys)
			g.keys = k
		}
	}
	if n := len(g.vals); n > 0 {
		if b := hugeBytes(n * 4); b != nil {
			v := unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
			copy(v, g.vals)
			g.vals = v
		}
	}
}
