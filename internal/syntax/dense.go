package syntax

// dense answers feature templates whose atoms all range over a few dozen
// values (tags, distance buckets, directions, labels) from one array
// filled when the model loads, instead of hashing the feature and probing
// a hash table of several MB: no hashing, and a read in a few hundred KB
// that stay in cache where the table costs a cache miss per feature.
//
// Every entry is the hash table's own answer for that feature's hash
// (lookup), so scores, and the parses built from them, are the same bit
// for bit. An atom outside the dense ranges is the caller's to hash.
type dense struct {
	tmpls  []denseTmpl
	w      []uint64
	nt     uint64    // tag atoms are 0 (none) .. nt, or rootAtom
	tagIdx [128]int8 // tag atom -> dense index, -1 if out of range
}

// denseTmpl is one template: its id and, per atom, the number of values
// (tag atoms: none, the tags and the root).
type denseTmpl struct {
	id  uint64
	dom [3]int // 0 = no such atom
	tag [3]bool
	n   int // arity
	off int // first entry in w
}

// rootAtom is fillAtoms' tag atom for the root.
const rootAtom = 100

// tagDom marks a tag atom in a denseTmpl spec.
const tagDom = -1

// newDense fills the entries of templates specs (dom tagDom for a tag
// atom) over nt tags with lookup's answers; nil when tag atoms could
// collide with the root's.
func newDense(nt int, specs []denseTmpl, lookup func(f uint64) uint64) *dense {
	if nt+2 > rootAtom {
		return nil
	}
	t := &dense{nt: uint64(nt)}
	for a := range t.tagIdx {
		switch {
		case a <= nt:
			t.tagIdx[a] = int8(a)
		case a == rootAtom:
			t.tagIdx[a] = int8(nt + 1)
		default:
			t.tagIdx[a] = -1
		}
	}
	size := 0
	for _, sp := range specs {
		sp.n = 0
		block := 1
		for j, dm := range sp.dom {
			if dm == 0 {
				break
			}
			if dm == tagDom {
				sp.dom[j], sp.tag[j] = nt+2, true
			}
			sp.n++
			block *= sp.dom[j]
		}
		sp.off = size
		size += block
		t.tmpls = append(t.tmpls, sp)
	}
	t.w = make([]uint64, size)
	for i, sp := range t.tmpls {
		block := len(t.w) - sp.off
		if i+1 < len(t.tmpls) {
			block = t.tmpls[i+1].off - sp.off
		}
		for x := 0; x < block; x++ {
			var a [3]uint64
			r := x
			for j := sp.n - 1; j >= 0; j-- {
				a[j] = uint64(r % sp.dom[j])
				if sp.tag[j] && int(a[j]) == nt+1 {
					a[j] = rootAtom
				}
				r /= sp.dom[j]
			}
			t.w[sp.off+x] = lookup(t.hash(i, a))
		}
	}
	return t
}

// hash is the feature hash of template i with atoms a.
func (t *dense) hash(i int, a [3]uint64) uint64 {
	sp := &t.tmpls[i]
	switch sp.n {
	case 1:
		return f1(sp.id, a[0])
	case 2:
		return f2(sp.id, a[0], a[1])
	}
	return f3(sp.id, a[0], a[1], a[2])
}

// at returns template i's entry for atoms a, or false when an atom is
// out of range.
func (t *dense) at(i int, a [3]uint64) (uint64, bool) {
	sp := &t.tmpls[i]
	x := 0
	for j := 0; j < sp.n; j++ {
		v := -1
		switch {
		case sp.tag[j]:
			if a[j] < uint64(len(t.tagIdx)) {
				v = int(t.tagIdx[a[j]])
			}
		case a[j] < uint64(sp.dom[j]):
			v = int(a[j])
		}
		if v < 0 {
			return 0, false
		}
		x = x*sp.dom[j] + v
	}
	return t.w[sp.off+x], true
}
