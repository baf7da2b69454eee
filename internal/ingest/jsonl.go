package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
)

// Record is one JSON Lines input record. "date" and "source" are the field
// names of the bench corpora and stand in for "published" and "outlet".
type Record struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Outlet    string `json:"outlet"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Title     string `json:"title"`
}

// lineRecord is Record as read from a JSON Lines file, where producers
// other than sitrep fill the metadata fields with other things: event-data
// sets put actor lists under "source", some exporters write numeric ids.
// A record must not be lost for that (the HTTP API keeps Record strict).
type lineRecord struct {
	ID        looseString `json:"id"`
	Text      string      `json:"text"`
	HTML      string      `json:"html"`
	Published looseString `json:"published"`
	Date      looseString `json:"date"`
	Outlet    looseString `json:"outlet"`
	Source    looseString `json:"source"`
	URL       looseString `json:"url"`
	Title     looseString `json:"title"`
}

// looseString keeps a string or a number (as its JSON text); any other
// value reads as absent.
type looseString string

// UnmarshalJSON implements json.Unmarshaler.
func (l *looseString) UnmarshalJSON(b []byte) error {
	var s string
	switch {
	case len(b) > 0 && b[0] == '"':
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9'):
		s = string(b)
	}
	*l = looseString(s)
	return nil
}

// Line is one numbered raw line of a JSON Lines stream.
type Line struct {
	No   int // 1-based
	Data []byte
}

// Lines streams the lines of r (gunzipped when compressed) to fn, one at
// a time, so memory stays flat whatever the stream's size. A line over
// maxLine bytes is passed with Data nil and the error reported by ToDoc.
func Lines(r io.Reader, maxLine int, fn func(Line) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	if head, _ := br.Peek(2); IsGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return err
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<20)
	}
	no := 0
	for {
		line, tooLong, err := readLine(br, maxLine)
		if len(line) > 0 || tooLong {
			no++
			if tooLong {
				line = nil
			}
			if len(bytes.TrimSpace(line)) > 0 || tooLong {
				if ferr := fn(Line{No: no, Data: line}); ferr != nil {
					return ferr
				}
			}
		} else if err == nil {
			no++
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// readLine reads one line without its newline; a line longer than max is
// drained and reported as tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, isPrefix, e := br.ReadLine()
		if len(buf)+len(chunk) > max {
			tooLong = true
		} else {
			buf = append(buf, chunk...)
		}
		if e != nil {
			return buf, tooLong, e
		}
		if !isPrefix {
			return buf, tooLong, nil
		}
	}
}

// ToDoc parses one JSON line into a document. The error names the input
// and the line.
func ToDoc(name string, l Line) (*doc.Doc, error) {
	op := fmt.Sprintf("%s:%d", name, l.No)
	if l.Data == nil {
		return nil, errs.Ef(op, errs.TooLarge, "line over the %d MB limit", MaxBytes>>20)
	}
	var rec lineRecord
	if err := json.Unmarshal(l.Data, &rec); err != nil {
		return nil, errs.Ef(op, errs.Invalid, "malformed JSON: %v", err)
	}
	m := Meta{ID: string(rec.ID), Outlet: first(string(rec.Outlet), string(rec.Source)), URL: string(rec.URL),
		Title: string(rec.Title), Published: normDate(first(string(rec.Published), string(rec.Date)))}
	if rec.Text == "" && rec.HTML == "" {
		return nil, errs.Ef(op, errs.Invalid, "record has neither \"text\" nor \"html\"")
	}
	if rec.Text != "" {
		if err := Validate(op, []byte(rec.Text)); err != nil {
			return nil, err
		}
		return NewDoc(rec.Text, m), nil
	}
	if err := Validate(op, []byte(rec.HTML)); err != nil {
		return nil, err
	}
	return FromHTML(op, []byte(rec.HTML), m)
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// normDate keeps the calendar date of an ISO timestamp, or of the compact
// YYYYMMDD form that event-data sets (PETRARCH, GDELT) use.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && CheckPublished(s[:10]) == nil {
		return s[:10]
	}
	if len(s) == 8 {
		if iso := s[:4] + "-" + s[4:6] + "-" + s[6:]; CheckPublished(iso) == nil {
			return iso
		}
	}
	return ""
}
