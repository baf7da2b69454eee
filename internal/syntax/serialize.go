package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// Model file: gzip of little-endian records. Each linear model keeps
// only rows with some weight above a pruning threshold, stored as
// sorted keys plus int16 weights with one scale per model, which keeps
// the embedded file small and loading a few bulk reads.
const magic = "SITREPSYN2"

type writer struct {
	w   *bufio.Writer
	err error
}

func (w *writer) put(v any) {
	if w.err == nil {
		w.err = binary.Write(w.w, binary.LittleEndian, v)
	}
}

func (w *writer) strs(ss []string) {
	b := []byte(strings.Join(ss, "\n"))
	w.put(uint32(len(ss)))
	w.put(uint32(len(b)))
	w.put(b)
}

func (w *writer) lin(l *linear, prune float32) {
	nc := l.nclass
	var maxAbs float32
	for _, v := range l.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	// rows keep their relative order (the tag dictionary relies on it)
	rowKey := make([]uint64, l.rows)
	for _, s := range l.slots {
		if s.key != 0 && int(s.row) < l.rows {
			rowKey[s.row] = s.key
		}
	}
	var keys []uint64
	var ws []int16
	for ri, key := range rowKey {
		row := l.w[ri*nc : ri*nc+nc]
		keep := false
		q := make([]int16, nc)
		for c, v := range row {
			if v > prune || v < -prune {
				keep = true
				q[c] = int16(math.Round(float64(v / scale)))
			}
		}
		if keep || nc == 0 {
			keys = append(keys, key)
			ws = append(ws, q...)
		}
	}
	w.put(uint32(nc))
	w.put(uint32(len(keys)))
	w.put(scale)
	w.put(keys)
	w.put(ws)
}

func (w *writer) tagger(t *tagger, prune float32) {
	w.strs(t.tags)
	w.lin(t.lin, prune)
	w.lin(t.dict, 0)
	w.put(t.dictTags)
}

// Save writes the model as gzip.
func (m *Model) Save(out io.Writer, prune float32) error {
	gz, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	w := &writer{w: bufio.NewWriter(gz)}
	w.put([]byte(magic))
	w.tagger(m.upos, prune)
	w.tagger(m.xpos, prune)
	w.lin(m.parser.lin, prune)
	w.strs(m.labeler.rels)
	w.lin(m.labeler.lin, prune)
	if w.err == nil {
		w.err = w.w.Flush()
	}
	if w.err != nil {
		return w.err
	}
	return gz.Close()
}

type reader struct {
	r   io.Reader
	err error
}

func (r *reader) get(v any) {
	if r.err == nil {
		r.err = binary.Read(r.r, binary.LittleEndian, v)
	}
}

func (r *reader) strs() []string {
	var n uint32
	r.get(&n)
	var blen uint32
	r.get(&blen)
	b := make([]byte, min(blen, 1<<20))
	r.get(b)
	if r.err != nil || n == 0 {
		return nil
	}
	return strings.Split(string(b), "\n")
}

func (r *reader) lin() *linear {
	var nc, rows uint32
	var scale float32
	r.get(&nc)
	r.get(&rows)
	r.get(&scale)
	if r.err != nil || rows > 1<<26 || nc > 4096 {
		r.err = errors.Join(r.err, errors.New("syntax model: bad linear header"))
		return nil
	}
	keys := make([]uint64, rows)
	q := make([]int16, int(rows)*int(nc))
	r.get(keys)
	r.get(q)
	l := newLinear(int(nc), int(rows))
	l.w = make([]float32, len(q))
	for i, v := range q {
		l.w[i] = float32(v) * scale
	}
	for i, k := range keys {
		j := k & l.mask
		for l.slots[j].key != 0 {
			j = (j + 1) & l.mask
		}
		l.slots[j] = slot{key: k, row: int32(i)}
	}
	l.rows = int(rows)
	return l
}

func (r *reader) tagger() *tagger {
	t := &tagger{tags: r.strs()}
	t.lin = r.lin()
	t.dict = r.lin()
	if t.dict != nil {
		t.dictTags = make([]uint8, t.dict.rows)
		r.get(t.dictTags)
	}
	return t
}

// ReadModel decodes a model written by Save.
func ReadModel(in io.Reader) (*Model, error) {
	gz, err := gzip.NewReader(in)
	if err != nil {
		return nil, err
	}
	r := &reader{r: bufio.NewReaderSize(gz, 1<<16)}
	head := make([]byte, len(magic))
	r.get(head)
	if r.err == nil && string(head) != magic {
		return nil, fmt.Errorf("syntax model: bad magic %q", head)
	}
	m := &Model{upos: r.tagger(), xpos: r.tagger()}
	m.parser = &parser{lin: r.lin()}
	m.labeler = &labeler{rels: r.strs()}
	m.labeler.lin = r.lin()
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: %w", r.err)
	}
	return m, nil
}
