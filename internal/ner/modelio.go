package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Model file format (gzip-compressed, all integers uvarint unless noted):
//
//	magic "SITREPNER3\n"
//	types: n, then n strings (len + bytes)
//	clusters: n, then n × (string, path) sorted by word
//	capbins: n, then n × (string, byte) sorted by word
//	classes: n, then n × (string, class) sorted by word (not in version 2)
//	scale: float32 bits (weight = int * scale)
//	rows: n, then per row sorted by key: key delta, label mask, and one
//	      zigzag varint per set mask bit
//
// Weights are quantised to 16-bit integers; the perceptron's averaged
// weights lose nothing measurable and the file shrinks 2-3×. Writing is
// fully deterministic (sorted keys, gzip without timestamps).
const modelMagic = "SITREPNER3\n"

// modelMagicV2 files lack the classes section; they still load.
const modelMagicV2 = "SITREPNER2\n"

type encoder struct{ bytes.Buffer }

func (e *encoder) uv(x uint64) { e.Write(binary.AppendUvarint(nil, x)) }
func (e *encoder) str(s string) {
	e.uv(uint64(len(s)))
	e.WriteString(s)
}

// Save writes the model in the format above.
func (m *Model) Save(w io.Writer) error {
	var e encoder
	e.WriteString(modelMagic)
	e.uv(uint64(len(m.types)))
	for _, t := range m.types {
		e.str(t)
	}
	words := sortedKeys(m.lex.Clusters)
	e.uv(uint64(len(words)))
	for _, wd := range words {
		e.str(wd)
		e.uv(uint64(m.lex.Clusters[wd]))
	}
	words = sortedKeys(m.lex.CapBin)
	e.uv(uint64(len(words)))
	for _, wd := range words {
		e.str(wd)
		e.WriteByte(m.lex.CapBin[wd])
	}
	words = sortedKeys(m.lex.Classes)
	e.uv(uint64(len(words)))
	for _, wd := range words {
		e.str(wd)
		e.uv(uint64(m.lex.Classes[wd]))
	}
	scale, rows := m.quantise()
	e.uv(uint64(math.Float32bits(scale)))
	slices.SortFunc(rows, func(a, b qrow) int { return cmpU64(a.key, b.key) })
	e.uv(uint64(len(rows)))
	var last uint64
	for _, r := range rows {
		e.uv(r.key - last)
		last = r.key
		e.uv(r.mask)
		for _, v := range r.vals {
			e.Write(binary.AppendVarint(nil, v))
		}
	}
	gz, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if _, err := gz.Write(e.Bytes()); err != nil {
		return err
	}
	return gz.Close()
}

// qrow is one feature's quantised weights as stored in the file.
type qrow struct {
	key  uint64
	mask uint64
	vals []int64
}

// quantise returns the scale and the non-zero rows of the model. A loaded
// model already holds the file's integers and returns them unchanged, so
// Save after Load rewrites the same bytes.
func (m *Model) quantise() (float32, []qrow) {
	var rows []qrow
	if m.fz != nil {
		var labels []int
		var qs []int16
		for _, s := range m.fz.slots {
			if s.key == 0 {
				continue
			}
			labels, qs = m.fz.row(s, labels[:0], qs[:0])
			r := qrow{key: s.key}
			for k, l := range labels {
				r.mask |= 1 << l
				r.vals = append(r.vals, int64(qs[k]))
			}
			if r.mask != 0 {
				rows = append(rows, r)
			}
		}
		return m.fz.scale, rows
	}
	var maxAbs float64
	for _, v := range m.w {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	for i, k := range m.tab.keys {
		if k == 0 {
			continue
		}
		r := qrow{key: k}
		base := int(m.tab.rows[i]) * m.nl
		for j := 0; j < m.nl; j++ {
			q := int64(math.Round(float64(m.w[base+j] / scale)))
			if q != 0 {
				r.mask |= 1 << j
				r.vals = append(r.vals, q)
			}
		}
		if r.mask != 0 { // rows that average to zero are pruned
			rows = append(rows, r)
		}
	}
	return scale, rows
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var errFormat = errors.New("ner: malformed model file")

// ReadModel parses a model written by Save.
func ReadModel(r io.Reader) (*Model, error) {
	// The gazetteer lists are decoded at the same time, on another core if
	// there is one; newModel waits for them.
	go loadGazLists()
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(gz)
	if err != nil {
		return nil, err
	}
	v2 := bytes.HasPrefix(data, []byte(modelMagicV2))
	if !v2 && !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, fmt.Errorf("ner: not a model file (bad magic)")
	}
	d := decoder{b: data[len(modelMagic):], v2: v2}
	return d.model()
}
