package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
)

// Walk finds the records of the named sources and calls fn with each, in a
// stable order: a source is a file, a directory (walked recursively in
// lexical order, hidden entries skipped), a glob pattern, or "-" for stdin.
// Files hold plain text, HTML, JSON Lines (optionally gzip), an RSS/Atom
// feed or a WARC file, detected from the name and the content. A source
// that cannot be read is passed to bad and skipped; an error from fn stops
// the walk and is returned. Memory stays flat: JSON Lines and WARC files
// are streamed, other files are read whole up to MaxBytes.
func Walk(names []string, stdin io.Reader, fn func(Item) error, bad func(name string, err error)) error {
	return WalkWith(names, stdin, nil, fn, bad)
}

// Fetcher downloads a URL's body. It is given by the caller (package
// fetch, with timeouts and size limits) so that this package does no
// network I/O itself.
type Fetcher func(url string) ([]byte, error)

// WalkWith is Walk that also accepts http and https URLs as sources (a
// feed or a page), downloaded with get; without get a URL is a bad source.
func WalkWith(names []string, stdin io.Reader, get Fetcher, fn func(Item) error, bad func(name string, err error)) error {
	for _, name := range names {
		if strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://") {
			if get == nil {
				bad(name, errs.Ef("read "+name, errs.Usage, "URLs are not accepted here"))
				continue
			}
			data, err := get(name)
			if err == nil {
				err = stream(name, bytes.NewReader(data), fn)
			}
			if err != nil {
				if isStop(err) {
					return unwrapStop(err)
				}
				bad(name, err)
			}
			continue
		}
		if name == "-" {
			if err := stream("-", stdin, fn); err != nil {
				if isStop(err) {
					return unwrapStop(err)
				}
				bad("-", err)
			}
			continue
		}
		paths, err := expand(name)
		if err != nil {
			bad(name, err)
			continue
		}
		for _, p := range paths {
			if err := walkPath(p, fn, bad); err != nil {
				return err
			}
		}
	}
	return nil
}

// expand resolves a glob (when name is not itself an existing file) and
// makes paths absolute, so the same file is the same source from any
// working directory.
func expand(name string) ([]string, error) {
	paths := []string{name}
	if _, err := os.Stat(name); err != nil && strings.ContainsAny(name, "*?[") {
		m, gerr := filepath.Glob(name)
		if gerr != nil {
			return nil, errs.Ef("glob "+name, errs.Usage, "%v", gerr)
		}
		if len(m) == 0 {
			return nil, errs.Ef("glob "+name, errs.NotExist, "matches no file")
		}
		paths = m
	}
	for i, p := range paths {
		if a, err := filepath.Abs(p); err == nil {
			paths[i] = a
		}
	}
	return paths, nil
}

func walkPath(root string, fn func(Item) error, bad func(string, error)) error {
	return filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			bad(p, errs.E("read "+p, errs.IO, err))
			return nil
		}
		if p != root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() || !e.Type().IsRegular() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			bad(p, errs.E("open "+p, errs.IO, err))
			return nil
		}
		defer f.Close()
		if err := stream(p, f, fn); err != nil {
			if isStop(err) {
				return unwrapStop(err)
			}
			bad(p, err)
		}
		return nil
	})
}

// stop wraps an error from the caller's fn so that it ends the walk rather
// than being reported as a bad source.
type stop struct{ error }

func isStop(err error) bool      { _, ok := err.(stop); return ok }
func unwrapStop(err error) error { return err.(stop).error }

// stream dispatches one file (or stdin) on its content.
func stream(name string, r io.Reader, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(4096)
	call := func(it Item) error {
		if err := fn(it); err != nil {
			return stop{err}
		}
		return nil
	}
	switch {
	case IsWARC(head) || strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz"):
		n := 0
		return WARC(name, br, func(d *doc.Doc) error {
			n++
			return call(Item{Source: name, Key: fmt.Sprintf("rec:%d", n), Doc: d})
		})
	case IsGzip(head) || looksJSONL(name, head):
		return Lines(br, MaxBytes, func(l Line) error {
			return call(Item{Source: name, Key: fmt.Sprintf("line:%d", l.No), Raw: l.Data, Line: l.No})
		})
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxBytes+1))
	if err != nil {
		return errs.E("read "+name, errs.IO, err)
	}
	if IsFeed(data) {
		docs, err := Feed(name, data)
		if err != nil {
			return err
		}
		for i, d := range docs {
			if err := call(Item{Source: name, Key: fmt.Sprintf("item:%d", i+1), Doc: d}); err != nil {
				return err
			}
		}
		return nil
	}
	if t := bytes.TrimSpace(data); len(t) > 0 && (t[0] == '{' || t[0] == '[') && json.Valid(t) {
		return errs.Ef("read "+name, errs.Usage, "a JSON document, not JSON Lines or text")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return errs.Ef("read "+name, errs.Invalid, "empty file")
	}
	return call(Item{Source: name, Raw: data})
}

// looksJSONL reports a JSON Lines file by its name or its first byte (a
// first line longer than the peeked head defeats Detect).
func looksJSONL(name string, head []byte) bool {
	for _, ext := range []string{".jsonl", ".ndjson"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	i := bytes.IndexByte(t, '\n')
	return i < 0 || json.Valid(bytes.TrimSpace(t[:i]))
}
