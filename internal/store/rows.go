package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"

	"sitrep/internal/doc"
)

// Record is a document flattened for storage; both backends write the same
// rows, so they answer the same questions the same way.
type Record struct {
	ID, Hash      string
	SimHash       uint64
	Clusterable   bool // long enough for near-duplicate clustering
	Text          string
	Meta          doc.Meta
	Version       string
	Tone          float64
	JSON          []byte // contract JSON without the text (stored once, in its own column)
	Raw           []byte
	Entities      []doc.EntityJSON
	Events        []EventRecord
	Quotes        []doc.QuoteJSON
	Quantities    []doc.QuantityJSON
	Claims        []FigureClaim // who claims each of Quantities
	Times         []doc.TimeJSON
	MentionsTotal int
}

// EventRecord is one event with its computed event day.
type EventRecord struct {
	doc.EventJSON
	Day    string
	Hedged bool // negated or hypothetical
}

// Hash returns the content hash of a text: hex SHA-256.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Flatten builds the storage record of an analysed document.
func Flatten(d *doc.Doc, raw []byte) (*Record, error) {
	j := d.ToJSON()
	r := &Record{ID: d.ID, Hash: Hash(d.Text), Text: d.Text, Meta: d.Meta, Version: Version(d),
		Tone: j.Tone.Score, Raw: raw, Entities: j.Entities, Quotes: j.Quotes,
		Quantities: j.Quantities, Times: j.Times}
	r.SimHash, r.Clusterable = SimHash(d.Text)
	for _, e := range j.Entities {
		r.MentionsTotal += len(e.Mentions)
	}
	r.Claims = make([]FigureClaim, len(j.Quantities))
	for i, q := range j.Quantities {
		r.Claims[i] = ClaimOf(j, doc.Span{Start: q.Start, End: q.End})
	}
	for _, e := range j.Events {
		r.Events = append(r.Events, EventRecord{EventJSON: e, Day: EventDay(deref(e.Date), d.Meta.Published),
			Hedged: e.Negated || e.Hypothetical})
	}
	j.Text = ""
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	r.JSON = bytes.TrimRight(buf.Bytes(), "\n")
	return r, nil
}

// Restore rebuilds the contract JSON from stored JSON and text.
func Restore(data []byte, text string) (*doc.JSON, error) {
	j, err := doc.Decode(data)
	if err != nil {
		return nil, err
	}
	j.Text = text
	return j, nil
}

// EventDay is the day an event is counted on: its own date when that is a
// full day, else the publication date, else "".
func EventDay(date, published string) string {
	if len(date) == 10 {
		return date
	}
	return published
}

// Week returns the Monday of the ISO week of a YYYY-MM-DD day.
func Week(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	return t.AddDate(0, 0, -wd).Format("2006-01-02")
}

// Prefix returns the half-open range [lo, hi) of strings starting with p,
// so that a prefix match can use an index on both backends.
func Prefix(p string) (lo, hi string) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return p, string(b[:i+1])
		}
	}
	return p, "\xff\xff\xff\xff"
}

// Clamp applies DefaultLimit and MaxLimit.
func Clamp(limit int) int {
	if limit <= 0 {
		return DefaultLimit
	}
	return min(limit, MaxLimit)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
