// Package ingest turns raw bytes (plain text, HTML pages, JSON Lines
// records) into doc.Doc values. It does no network I/O and no analysis.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
)

// Kind is an input format.
type Kind string

// Input kinds.
const (
	Text  Kind = "text"
	HTML  Kind = "html"
	JSONL Kind = "jsonl"
)

// MaxBytes is the default limit on one document's raw size. A 200 MB
// "article" is a mistake (a database dump, a video): refuse it clearly
// instead of exhausting memory.
const MaxBytes = 32 << 20

// Meta is what the caller knows about a document.
type Meta struct {
	ID, Outlet, Published, URL, Title string
}

// DeriveID gives a stable id from content, so the same text always gets
// the same id.
func DeriveID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// Validate checks raw bytes before any parsing: empty, binary or invalid
// UTF-8 input gets an error that names the input and the place.
func Validate(name string, data []byte) error {
	op := "read " + name
	if len(bytes.TrimSpace(data)) == 0 {
		return errs.Ef(op, errs.Invalid, "empty input")
	}
	if looksBinary(data) {
		return errs.Ef(op, errs.Invalid, "binary data, not text (first bytes % x)", data[:min(8, len(data))])
	}
	if !utf8.Valid(data) {
		off, line := firstInvalid(data)
		return errs.Ef(op, errs.Invalid, "invalid UTF-8 at byte %d (line %d)", off, line)
	}
	return nil
}

// looksBinary flags NUL bytes or many control characters in the first 8 KB.
func looksBinary(data []byte) bool {
	n := min(len(data), 8192)
	ctl := 0
	for _, c := range data[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > n
}

func firstInvalid(data []byte) (off, line int) {
	line = 1
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			return off, line
		}
		if r == '\n' {
			line++
		}
		off += n
	}
	return off, line
}

// NewDoc builds a document from validated text and metadata.
func NewDoc(text string, m Meta) *doc.Doc {
	id := m.ID
	if id == "" {
		id = DeriveID(text)
	}
	d := doc.New(id, text)
	d.Meta.Outlet, d.Meta.Published, d.Meta.URL, d.Meta.Title = m.Outlet, m.Published, m.URL, m.Title
	return d
}

// FromBytes detects the kind (unless given) and builds one document.
func FromBytes(name string, data []byte, kind Kind, m Meta) (*doc.Doc, error) {
	if len(data) > MaxBytes {
		return nil, errs.Ef("read "+name, errs.TooLarge, "more than %d MB: over the limit for one document", MaxBytes>>20)
	}
	if err := Validate(name, data); err != nil {
		return nil, err
	}
	if kind == "" {
		kind = Detect(data)
	}
	switch kind {
	case Text:
		return NewDoc(string(data), m), nil
	case HTML:
		return FromHTML(name, data, m)
	case JSONL:
		return nil, errs.Ef("read "+name, errs.Usage, "JSON Lines input: use --jsonl")
	}
	return nil, errs.Ef("read "+name, errs.Usage, "unknown input kind %q (want text, html or jsonl)", kind)
}

// CheckPublished validates a YYYY-MM-DD date.
func CheckPublished(s string) error {
	if s == "" {
		return nil
	}
	var y, mo, d int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &mo, &d); n != 3 || len(s) != 10 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return fmt.Errorf("published date %q is not YYYY-MM-DD", s)
	}
	return nil
}
