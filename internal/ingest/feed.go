package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
)

// Feed parses an RSS 2.0, RSS 1.0, Atom or JSON Feed document and returns
// one document per item that carries text. The item's full content
// (content:encoded, Atom content, JSON content_html) is preferred over its
// summary; HTML is reduced with FromHTML, so the offset map points into the
// item's content field (OffsetMap.Kind "feed"), not into the feed file.
// Items without text are skipped; a feed whose items all fail is an error
// naming the input and the first failing item.
func Feed(name string, data []byte) ([]*doc.Doc, error) {
	op := "read feed " + name
	if len(data) > MaxBytes {
		return nil, errs.Ef(op, errs.TooLarge, "%d bytes is over the %d MB limit", len(data), MaxBytes>>20)
	}
	if !IsFeed(data) {
		return nil, errs.Ef(op, errs.Invalid, "not an RSS, Atom or JSON feed")
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, errs.Ef(op, errs.Invalid, "malformed %s: %v", feedKind(data), err)
	}
	outlet := strings.TrimSpace(f.Title)
	var docs []*doc.Doc
	var firstErr error
	tried := 0
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		body := strings.TrimSpace(it.Content)
		if body == "" {
			body = strings.TrimSpace(it.Description)
		}
		if body == "" {
			continue
		}
		tried++
		d, err := feedItem(fmt.Sprintf("%s item %d", name, i+1), body, it, outlet)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && firstErr != nil {
		return nil, firstErr
	}
	if tried == 0 && len(f.Items) > 0 {
		return nil, errs.Ef(op, errs.Invalid, "none of its %d items has any text", len(f.Items))
	}
	return docs, nil
}

// feedItem builds the document of one item.
func feedItem(name, body string, it *gofeed.Item, outlet string) (*doc.Doc, error) {
	m := Meta{Outlet: outlet, URL: strings.TrimSpace(it.Link), Title: strings.TrimSpace(it.Title),
		Published: itemDate(it)}
	if err := Validate(name, []byte(body)); err != nil {
		return nil, err
	}
	if !strings.ContainsRune(body, '<') {
		// Plain-text summaries are common; readability would only mangle them.
		return NewDoc(body, m), nil
	}
	d, err := FromHTML(name, []byte(body), m)
	if err != nil {
		return nil, err
	}
	d.Source.Kind = "feed"
	return d, nil
}

// itemDate is the UTC calendar date of the item's publication (or, failing
// that, update) time.
func itemDate(it *gofeed.Item) string {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Year() > 1900 && t.Year() < 10000 {
			return t.UTC().Format("2006-01-02")
		}
	}
	return ""
}

// IsFeed reports whether data looks like a feed: an XML document whose root
// is <rss>, <rdf:RDF> or <feed>, or a JSON object naming a jsonfeed.org
// version. Only the first 4 KB are examined.
func IsFeed(data []byte) bool { return feedKind(data) != "" }

func feedKind(data []byte) string {
	head := data[:min(len(data), 4096)]
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(head) == 0 {
		return ""
	}
	if head[0] == '{' {
		if bytes.Contains(head, []byte("jsonfeed.org/version")) {
			return "JSON feed"
		}
		return ""
	}
	if head[0] != '<' {
		return ""
	}
	switch gofeed.DetectFeedType(bytes.NewReader(head)) {
	case gofeed.FeedTypeRSS:
		return "RSS feed"
	case gofeed.FeedTypeAtom:
		return "Atom feed"
	}
	return ""
}
