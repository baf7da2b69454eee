package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"math"
	"sync"
)

// decoder reads the Save format from an in-memory buffer; the first error
// sticks and later reads return zero values.
type decoder struct {
	b   []byte
	err error
	v2  bool // version 2: no classes section
}

func (d *decoder) uv() uint64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errFormat
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) sv() int64 {
	if d.err != nil {
		return 0
	}
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errFormat
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(n uint64) []byte {
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errFormat
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

func (d *decoder) str() string { return string(d.bytes(d.uv())) }

// count reads a length and rejects ones that cannot fit in the remaining
// input, so corrupt files cannot trigger huge allocations.
func (d *decoder) count() int {
	n := d.uv()
	if n > uint64(len(d.b)) {
		d.err = errFormat
		return 0
	}
	return int(n)
}

func (d *decoder) model() (*Model, error) {
	types := make([]string, d.count())
	for i := range types {
		types[i] = d.str()
	}
	// Maps are sized up front: growing them was a fifth of loading.
	n := d.count()
	lex := Lexicon{Clusters: make(map[string]uint32, n)}
	for ; n > 0 && d.err == nil; n-- {
		w := d.str()
		lex.Clusters[w] = uint32(d.uv())
	}
	n = d.count()
	lex.CapBin = make(map[string]uint8, n)
	for ; n > 0 && d.err == nil; n-- {
		w := d.str()
		if b := d.bytes(1); b != nil {
			lex.CapBin[w] = b[0]
		}
	}
	if !d.v2 {
		n = d.count()
		lex.Classes = make(map[string]uint16, n)
		for ; n > 0 && d.err == nil; n-- {
			w := d.str()
			lex.Classes[w] = uint16(d.uv())
		}
	}
	m := newModel(types, lex)
	scale := math.Float32frombits(uint32(d.uv()))
	n = d.count()
	if m.nl <= maxFusedNL {
		m.tab = nil
		m.fz = newFused(n, m.nl, scale)
	} else {
		m.tab = newTable(n)
		m.w = make([]float32, n*m.nl)
	}
	var key uint64
	var labels []int
	var qs []int16
	for r := 0; r < n && d.err == nil; r++ {
		delta := d.uv()
		key += delta
		mask := d.uv()
		if m.fz != nil {
			if delta == 0 { // key 0 marks empty slots; keys are distinct
				d.err = errFormat
				break
			}
			labels, qs = d.sparseRow(mask, m.nl, labels[:0], qs[:0])
			m.fz.put(key, labels, qs)
			continue
		}
		m.tab.put(key, int32(r))
		for j := 0; j < m.nl; j++ {
			if mask&(1<<j) != 0 {
				m.w[r*m.nl+j] = float32(d.sv()) * scale
			}
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if m.fz != nil {
		m.fz.seal()
	}
	return m, nil
}

// sparseRow reads the non-zero weights of one row as (label, q) pairs,
// keeping the file's 16-bit integers.
func (d *decoder) sparseRow(mask uint64, nl int, labels []int, qs []int16) ([]int, []int16) {
	for j := 0; j < nl; j++ {
		if mask&(1<<j) == 0 {
			continue
		}
		v := d.sv()
		if v < math.MinInt16 || v > math.MaxInt16 {
			d.err = errFormat
			return labels, qs
		}
		if v != 0 {
			labels, qs = append(labels, j), append(qs, int16(v))
		}
	}
	return labels, qs
}

//go:embed model/ner.bin.gz
var embeddedModel []byte

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the committed model embedded in the binary. The model is
// decoded once and shared; it is safe for concurrent use.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loadModel, loadErr = ReadModel(bytes.NewReader(embeddedModel))
		if loadErr == nil && loadModel.fz != nil {
			loadModel.fz.intoHugePages() // shared for the process's life
		}
	})
	return loadModel, loadErr
}
