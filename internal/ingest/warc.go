package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/nlnwa/gowarc/v3"
	"golang.org/x/net/html/charset"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
)

// WARC reads a WARC file (plain, or gzip per record as Common Crawl's news
// crawl ships it) and calls fn with one document per HTTP response record
// that holds an article: status 200, Content-Type text/html or text/plain,
// a payload within MaxBytes from which text can be extracted. Other records
// (requests, metadata, redirects, images, empty pages) are skipped; the
// order of fn calls is the record order, so the n-th call identifies a
// record stably across runs. The document's URL is WARC-Target-URI, its
// publication date the page's own date when readability finds one, else
// the capture date WARC-Date. A malformed file stops the walk with an error
// naming the input, the record number and its byte offset; an error from
// fn stops it too and is returned as is.
func WARC(name string, r io.Reader, fn func(*doc.Doc) error) error {
	// Hide any Close method: the caller owns r.
	wr, err := gowarc.NewWarcFileReaderFromStream(struct{ io.Reader }{r}, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return errs.E("read WARC "+name, errs.IO, err)
	}
	defer wr.Close()
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			rec.Close()
			return errs.Ef(fmt.Sprintf("read WARC %s: record %d at byte %d", name, n, rec.Offset), errs.Invalid, "%v", err)
		}
		d := warcDoc(fmt.Sprintf("%s record %d", name, n), rec.WarcRecord)
		rec.Close()
		if d == nil {
			continue
		}
		if err := fn(d); err != nil {
			return err
		}
	}
}

// warcDoc returns the article of a response record, or nil to skip it.
func warcDoc(name string, wr gowarc.WarcRecord) *doc.Doc {
	if wr == nil || wr.Type() != gowarc.Response {
		return nil
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok || blk.HttpStatusCode() != 200 || blk.HttpHeader() == nil {
		return nil
	}
	hdr := blk.HttpHeader()
	ctype := hdr.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "text/plain" && mt != "application/xhtml+xml" {
		return nil
	}
	pr, err := blk.PayloadBytes()
	if err != nil {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(pr, MaxBytes+1))
	if err != nil || len(body) > MaxBytes {
		return nil
	}
	body = decodePayload(body, hdr.Get("Content-Encoding"), ctype)
	if Validate(name, body) != nil {
		return nil
	}
	m := Meta{URL: strings.TrimSpace(wr.WarcHeader().Get(gowarc.WarcTargetURI))}
	var d *doc.Doc
	if mt == "text/plain" {
		d = NewDoc(string(body), m)
	} else if d, err = FromHTML(name, body, m); err != nil {
		return nil
	}
	if d.Meta.Published == "" {
		if t, err := wr.Date(); err == nil && t.Year() > 1900 && t.Year() < 10000 {
			d.Meta.Published = t.UTC().Format("2006-01-02")
		}
	}
	return d
}

// decodePayload undoes a gzip Content-Encoding (crawlers that keep the
// wire bytes) and converts a declared or sniffed legacy charset to UTF-8.
// On failure it returns what it has, and validation decides.
func decodePayload(body []byte, encoding, ctype string) []byte {
	if strings.EqualFold(strings.TrimSpace(encoding), "gzip") && IsGzip(body) {
		if zr, err := gzip.NewReader(bytes.NewReader(body)); err == nil {
			if b, err := io.ReadAll(io.LimitReader(zr, MaxBytes+1)); err == nil && len(b) <= MaxBytes {
				body = b
			}
		}
	}
	if utf8.Valid(body) {
		return body
	}
	cr, err := charset.NewReader(bytes.NewReader(body), ctype)
	if err != nil {
		return body
	}
	if b, err := io.ReadAll(io.LimitReader(cr, 4*MaxBytes)); err == nil {
		return b
	}
	return body
}

// IsWARC reports whether data starts a WARC file, plain or gzip-compressed
// per record.
func IsWARC(data []byte) bool {
	if IsGzip(data) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return false
		}
		zr.Multistream(false)
		head := make([]byte, 5)
		n, _ := io.ReadFull(zr, head)
		return n == 5 && string(head) == "WARC/"
	}
	return bytes.HasPrefix(data, []byte("WARC/"))
}
