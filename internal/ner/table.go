package ner

// table maps feature hashes to weight rows with open addressing and linear
// probing. It is the training form of the weights (with Model.w); a loaded
// model uses fused instead, unless it has more labels than fused holds.
// It is read-only after construction at inference time, so many
// goroutines may look up concurrently without locks.
type table struct {
	keys []uint64 // 0 = empty slot
	rows []int32
	mask uint64
	n    int
}

func newTable(capHint int) *table {
	size := 1024
	for size < capHint*2 {
		size <<= 1
	}
	return &table{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
}

// get returns the row for key h, or -1.
func (t *table) get(h uint64) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == h {
			return t.rows[i]
		}
		if k == 0 {
			return -1
		}
	}
}

// put inserts key h with the given row (training and loading only).
func (t *table) put(h uint64, row int32) {
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 {
			t.keys[i], t.rows[i] = h, row
			t.n++
			return
		}
		if t.keys[i] == h {
			t.rows[i] = row
			return
		}
	}
}

func (t *table) grow() {
	old := *t
	*t = *newTable(len(old.keys))
	for i, k := range old.keys {
		if k != 0 {
			t.put(k, old.rows[i])
		}
	}
}
