package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
)

// Model file (SITREPSYN5): the compiled tables exactly as they sit in
// memory, little-endian, uncompressed. SITREPSYN6 is the same layout for
// a parser with feature set 2. Loading is a bulk decode of a few
// arrays with no hashing, which keeps Load well under the 300 ms budget
// (gunzip alone of the old file took longer). A gzip-wrapped file is
// still accepted by ReadModel.
const (
	magic   = "SITREPSYN5"
	magicV6 = "SITREPSYN6"
)

// compile builds the inference tables from the trained linear models,
// dropping weights with |w| <= prune.
func (m *Model) compile(prune float32) {
	for _, t := range []*tagger{m.upos, m.xpos} {
		if t != nil && t.lin != nil {
			t.tab = compileTable(t.lin, prune)
			t.dtab = compileDict(t.dict, t.dictTags)
			t.dense = newTaggerDense(t.tab, len(t.tags))
		}
	}
	defer m.index()
	if m.parser.lin != nil {
		m.parser.fast = compileTable3(m.parser.lin, prune)
		m.parser.tags = newParserDense(m.parser.fast, len(m.upos.tags), m.parser.v2)
	}
	if m.labeler.lin != nil {
		m.labeler.tab = compileTable(m.labeler.lin, prune)
		m.labeler.tags = newLabelerDense(m.labeler.tab, len(m.upos.tags), len(m.labeler.rels))
	}
}

// Save writes the model in the compiled format. A freshly trained model
// (one that still has its float weights) is compiled first, dropping
// weights with |w| <= prune, so it can be saved at several prunes; a
// loaded model is written as it is.
func (m *Model) Save(out io.Writer, prune float32) error {
	if m.parser.lin != nil {
		m.compile(prune)
	}
	w := &writer{w: bufio.NewWriter(out)}
	if m.parser.v2 {
		w.put([]byte(magicV6))
	} else {
		w.put([]byte(magic))
	}
	for _, t := range []*tagger{m.upos, m.xpos} {
		w.strs(t.tags)
		w.table(t.tab)
		w.table(t.dtab)
	}
	w.put(uint32(len(m.parser.fast.slots)))
	w.put(m.parser.fast.slots)
	w.strs(m.labeler.rels)
	w.table(m.labeler.tab)
	if w.err == nil {
		w.err = w.w.Flush()
	}
	return w.err
}

func (w *writer) table(t *table) {
	w.put([3]uint32{uint32(t.nc), uint32(len(t.slots)), uint32(len(t.ents))})
	w.put(t.slots)
	w.put(t.ents)
}

// ReadModel decodes a model written by Save (or a legacy SITREPSYN3 file).
func ReadModel(in io.Reader) (*Model, error) {
	raw, err := io.ReadAll(in)
	if err != nil {
		return nil, fmt.Errorf("syntax model: %w", err)
	}
	return decodeModel(raw, false)
}

// decodeModel decodes a model file; huge puts its large tables in huge
// pages, memory that is never freed (for the model Load shares).
func decodeModel(raw []byte, huge bool) (*Model, error) {
	if len(raw) > 2 && raw[0] == 0x1f && raw[1] == 0x8b {
		gz, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("syntax model: %w", err)
		}
		if raw, err = io.ReadAll(gz); err != nil {
			return nil, fmt.Errorf("syntax model: gunzip: %w", err)
		}
	}
	if bytes.HasPrefix(raw, []byte(magicV3)) {
		return readV3(raw)
	}
	r := &reader{b: raw, huge: huge}
	head := string(r.bytes(len(magic)))
	if r.err == nil && head != magic && head != magicV6 {
		return nil, fmt.Errorf("syntax model: bad magic %q", head)
	}
	m := &Model{}
	for _, t := range []**tagger{&m.upos, &m.xpos} {
		*t = &tagger{tags: r.strs()}
		(*t).tab = r.table()
		(*t).dtab = r.table()
	}
	m.parser = &parser{fast: &table3{}, v2: head == magicV6}
	m.parser.fast.slots = r.u64s(int(r.u32()))
	m.parser.fast.mask = uint64(len(m.parser.fast.slots) - 1)
	m.labeler = &labeler{rels: r.strs()}
	m.labeler.tab = r.table()
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d trailing bytes", len(r.b))
	}
	if r.err == nil {
		r.err = m.check()
	}
	if r.err != nil {
		return nil, fmt.Errorf("syntax model: %w", r.err)
	}
	m.index()
	m.upos.dense = newTaggerDense(m.upos.tab, len(m.upos.tags))
	m.parser.tags = newParserDense(m.parser.fast, len(m.upos.tags), m.parser.v2)
	m.labeler.tags = newLabelerDense(m.labeler.tab, len(m.upos.tags), len(m.labeler.rels))
	return m, nil
}

func (r *reader) u64s(n int) []uint64 {
	b := r.bytes(8 * n)
	if b == nil {
		return nil
	}
	var out []uint64
	if r.huge {
		out = hugeU64s(n)
	} else {
		out = make([]uint64, n)
	}
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

func (r *reader) u32s(n int) []uint32 {
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func (r *reader) table() *table {
	nc, ns, ne := int(r.u32()), int(r.u32()), int(r.u32())
	t := &table{nc: nc, slots: r.u64s(ns), ents: r.u32s(ne)}
	t.mask = uint64(len(t.slots) - 1)
	return t
}

// check validates sizes and every payload, so that a corrupt file fails
// here instead of indexing out of range later.
func (m *Model) check() error {
	pow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	for _, t := range []*tagger{m.upos, m.xpos} {
		if t.tab.nc != len(t.tags) || t.tab.nc > 256 || !pow2(len(t.tab.slots)) || !pow2(len(t.dtab.slots)) {
			return fmt.Errorf("bad tagger table")
		}
		if err := t.tab.checkRows(); err != nil {
			return err
		}
		for _, s := range t.dtab.slots {
			if s != 0 && int(s>>16) >= len(t.tags) {
				return fmt.Errorf("bad tag dictionary entry")
			}
		}
	}
	if !pow2(len(m.parser.fast.slots)) {
		return fmt.Errorf("bad parser table")
	}
	if m.labeler.tab.nc != len(m.labeler.rels) || m.labeler.tab.nc > 256 || !pow2(len(m.labeler.tab.slots)) {
		return fmt.Errorf("bad labeller table")
	}
	return m.labeler.tab.checkRows()
}

func (t *table) checkRows() error {
	for _, s := range t.slots {
		if s == 0 {
			continue
		}
		p := s >> 16
		if p&inlineFlag != 0 {
			if int(p&entMask>>16) >= t.nc || int(p>>entBits&entMask>>16) >= t.nc {
				return fmt.Errorf("bad inline class")
			}
			continue
		}
		off, n := p>>8, p&0xff
		if off+n > uint64(len(t.ents)) {
			return fmt.Errorf("bad row offset %d", off)
		}
		for _, e := range t.ents[off : off+n] {
			if int(e>>16) >= t.nc {
				return fmt.Errorf("bad class %d", e>>16)
			}
		}
	}
	return nil
}

// index builds the occupancy bitmaps of the scored tables (see
// table3.scoreOcc).
func (m *Model) index() {
	for _, t := range []*tagger{m.upos, m.xpos} {
		if t != nil && t.tab != nil {
			t.tab.occ = occupancy(t.tab.slots)
		}
	}
	if m.parser.fast != nil {
		m.parser.fast.occ = occupancy(m.parser.fast.slots)
	}
	if m.labeler.tab != nil {
		m.labeler.tab.occ = occupancy(m.labeler.tab.slots)
	}
}
