// Package demo holds sitrep's sample collection: short original reports,
// written by the team in its own words from the public record, that follow
// the Lachin corridor blockade from December 2022 to the departure of the
// Karabakh Armenians in September 2023. `sitrep demo` analyses them into a
// temporary corpus and serves it, so a fresh machine can show every view
// of the web page without any data of its own.
//
// Each report is a small text file under corpus/: "key: value" header lines
// (published, outlet, title, optional url), a blank line, then the text.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"sitrep/internal/ingest"
)

//go:embed corpus/*.txt
var corpusFS embed.FS

// Report is one sample report with its metadata.
type Report struct {
	Meta ingest.Meta
	Text string
}

// Reports returns the embedded sample collection in file-name order, which
// is publication order. The ids are the file names without ".txt", so
// links to the demo stay stable across builds.
func Reports() ([]Report, error) {
	names, err := fs.Glob(corpusFS, "corpus/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Report, 0, len(names))
	for _, n := range names {
		data, err := corpusFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		r, err := Parse(string(data))
		if err != nil {
			return nil, fmt.Errorf("demo %s: %w", n, err)
		}
		r.Meta.ID = strings.TrimSuffix(path.Base(n), ".txt")
		out = append(out, r)
	}
	return out, nil
}

// Parse reads one report: header lines up to the first blank line, then
// the text (trailing newlines trimmed, so offsets end at the last word).
func Parse(s string) (Report, error) {
	head, text, ok := strings.Cut(s, "\n\n")
	if !ok {
		return Report{}, fmt.Errorf("no blank line after the header")
	}
	var r Report
	for i, line := range strings.Split(head, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return Report{}, fmt.Errorf("header line %d: want \"key: value\", got %q", i+1, line)
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "published":
			if err := ingest.CheckPublished(v); err != nil {
				return Report{}, fmt.Errorf("header line %d: %w", i+1, err)
			}
			r.Meta.Published = v
		case "outlet":
			r.Meta.Outlet = v
		case "title":
			r.Meta.Title = v
		case "url":
			r.Meta.URL = v
		default:
			return Report{}, fmt.Errorf("header line %d: unknown key %q", i+1, k)
		}
	}
	r.Text = strings.TrimRight(text, "\n")
	if r.Text == "" {
		return Report{}, fmt.Errorf("empty text")
	}
	if r.Meta.Published == "" {
		return Report{}, fmt.Errorf("no published date")
	}
	return r, nil
}
