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
const magic = "SITREPSYN3"

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
	// sparse rows: key, count, then (class, int16) pairs; most rows have
	// only a few classes with non-negligible weight
	var body []byte
	kept := 0
	for ri, key := range rowKey {
		row := l.w[ri*nc : ri*nc+nc]
		nnz := 0
		for _, v := range row {
			if v > prune || v < -prune {
				nnz++
			}
		}
		if nnz == 0 && nc > 0 {
			continue
		}
		kept++
		body = binary.LittleEndian.AppendUint64(body, key)
		body = append(body, byte(nnz))
		for c, v := range row {
			if v > prune || v < -prune {
				body = append(body, byte(c))
				body = binary.LittleEndian.AppendUint16(body, uint16(int16(math.Round(float64(v/scale)))))
			}
		}
	}
	w.put(uint32(nc))
	w.put(uint32(kept))
	w.put(scale)
	w.put(uint32(len(body)))
	w.put(body)
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

// reader decodes from the fully decompressed file in memory, which is
// much faster than many small binary.Read calls.
type reader struct {
	b   []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *reader) strs() []string {
	n := r.u32()
	b := r.bytes(int(r.u32()))
	if r.err != nil || n == 0 {
		return nil
	}
	return strings.Split(string(b), "\n")
}

func (r *reader) lin() *linear {
	nc, rows := int(r.u32()), int(r.u32())
	scale := math.Float32frombits(r.u32())
	body := r.bytes(int(r.u32()))
	if r.err != nil || nc > 255 || rows > len(body)/9 {
		r.err = errors.Join(r.err, errors.New("syntax model: bad linear header"))
		return nil
	}
	l := newLinear(nc, rows)
	l.w = make([]float32, rows*nc)
	for i := 0; i < rows; i++ {
		if len(body) < 9 {
			r.err = io.ErrUnexpectedEOF
			return nil
		}
		k := binary.LittleEndian.Uint64(body)
		nnz := int(body[8])
		body = body[9:]
		if len(body) < 3*nnz {
			r.err = io.ErrUnexpectedEOF
			return nil
		}
		for e := 0; e < nnz; e++ {
			c := int(body[3*e])
			if c >= nc {
				r.err = errors.New("syntax model: bad class")
				return nil
			}
			l.w[i*nc+c] = float32(int16(binary.LittleEndian.Uint16(body[3*e+1:]))) * scale
		}
		body = body[3*nnz:]
		j := nonzero(k) & l.mask
		for l.slots[j].key != 0 {
			j = (j + 1) & l.mask
		}
		l.slots[j] = slot{key: nonzero(k), row: int32(i)}
	}
	l.rows = rows
	return l
}

func (r *reader) tagger() *tagger {
	t := &tagger{tags: r.strs()}
	t.lin = r.lin()
	t.dict = r.lin()
	if t.dict != nil {
		t.dictTags = r.bytes(t.dict.rows)
	}
	return t
}

// ReadModel decodes a model written by Save.
func ReadModel(in io.Reader) (*Model, error) {
	gz, err := gzip.NewReader(in)
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(gz)
	if err != nil {
		return nil, err
	}
	r := &reader{b: raw}
	head := r.bytes(len(magic))
	if r.err == nil && string(head) != magic {
		return nil, fmt.Errorf("syntax model: bad magic %q", head)
	}
	m := &Model{upos: r.tagger(), xpos: r.tagger()}
	m.parser = &parser{lin: r.lin()}
	if m.parser.lin != nil {
		m.parser.fast = makeInline3(m.parser.lin)
	}
	m.labeler = &labeler{rels: r.strs()}
	m.labeler.lin = r.lin()
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: %w", r.err)
	}
	return m, nil
}
