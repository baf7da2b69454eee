package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// Legacy model file (SITREPSYN3): gzip of little-endian records, each
// linear model as sorted sparse rows of int16 weights. Still readable so
// that an old file can be converted; Save writes the compiled format
// (table_io.go).
const magicV3 = "SITREPSYN3"

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

// reader decodes from the fully decompressed file in memory, which is
// much faster than many small binary.Read calls.
type reader struct {
	b    []byte
	err  error
	huge bool // large tables in huge pages (the process-wide model only)
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

// readV3 decodes a legacy model and compiles it for inference.
func readV3(raw []byte) (*Model, error) {
	r := &reader{b: raw}
	head := r.bytes(len(magicV3))
	if r.err == nil && string(head) != magicV3 {
		return nil, fmt.Errorf("syntax model: bad magic %q", head)
	}
	m := &Model{upos: r.tagger(), xpos: r.tagger()}
	m.parser = &parser{lin: r.lin()}
	m.labeler = &labeler{rels: r.strs()}
	m.labeler.lin = r.lin()
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: %w", r.err)
	}
	m.compile(0)
	return m, nil
}
