package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"sitrep/internal/doc"
)

// Item is one input record found by Walk: a whole file, a line of a JSON
// Lines file, an item of a feed or a record of a WARC file. (Source, Key)
// names it stably across runs, so a store can remember what it has done.
type Item struct {
	Source string // the file's absolute path, or "-" for standard input
	Key    string // "" for a whole file; "line:N", "item:N" or "rec:N" within it
	// Raw holds the record's bytes when it still has to be parsed (Parse);
	// Doc holds the parsed document when the container format yields
	// documents directly (feeds, WARC).
	Raw []byte
	Doc *doc.Doc
	// Line is the 1-based line number of a JSON Lines record, 0 otherwise.
	Line int
}

// Name is the item's name for messages: "path", "path:12", "path item 3".
func (it Item) Name() string {
	if it.Key == "" {
		return it.Source
	}
	return it.Source + " " + it.Key
}

// Hash is the hex SHA-256 of the item's raw bytes (or, for a pre-parsed
// document, of its URL and text), so that a changed record is new work.
func (it Item) Hash() string {
	h := sha256.New()
	if it.Doc != nil {
		fmt.Fprintf(h, "%s\x00%s", it.Doc.Meta.URL, it.Doc.Text)
	} else {
		h.Write(it.Raw)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Size is the number of input bytes the item stands for, for progress.
func (it Item) Size() int {
	if it.Doc != nil {
		return len(it.Doc.Text)
	}
	return len(it.Raw)
}

// Parse turns an item into a document (no analysis).
func Parse(it Item) (*doc.Doc, error) {
	switch {
	case it.Doc != nil:
		return it.Doc, nil
	case it.Line > 0:
		return ToDoc(it.Source, Line{No: it.Line, Data: it.Raw})
	}
	return FromBytes(it.Source, it.Raw, "", Meta{})
}
