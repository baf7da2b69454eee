package ingest

import (
	"bytes"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
)

// FromHTML reduces a page to its article text with go-readability and keeps
// an offset map from the text back to the raw page.
func FromHTML(name string, data []byte, m Meta) (*doc.Doc, error) {
	op := "extract " + name
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, errs.E(op, errs.Invalid, err)
	}
	art, err := readability.FromDocument(root, nil)
	node := art.Node
	if err != nil || node == nil {
		// Readability gives up on short or unusual pages: fall back to the
		// whole body rather than losing the document.
		node = findBody(root)
	}
	b := &textBuilder{raw: string(data), om: &doc.OffsetMap{Kind: "html"}}
	b.walk(node)
	text := strings.TrimRight(b.buf.String(), "\n ")
	if strings.TrimSpace(text) == "" {
		return nil, errs.Ef(op, errs.Invalid, "no article text found in the page")
	}
	if m.Title == "" && err == nil {
		m.Title = art.Title()
	}
	if m.Published == "" && err == nil {
		if t, e := art.PublishedTime(); e == nil && !t.IsZero() {
			m.Published = t.UTC().Format("2006-01-02")
		}
	}
	if m.Published == "" {
		m.Published = metaPublished(root)
	}
	d := NewDoc(text, m)
	d.Source = b.om
	return d, nil
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.Data == "body" {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return n
}

// textBuilder flattens a node tree: block elements become paragraphs
// separated by a blank line, runs of white space become one space.
type textBuilder struct {
	raw    string
	cursor int // raw offset searched from, so matches advance in page order
	buf    strings.Builder
	om     *doc.OffsetMap
	space  bool // a space is pending
}

var blocks = map[string]bool{"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"br": true, "pre": true, "figcaption": true, "dd": true, "dt": true, "table": true, "ul": true, "ol": true}

var skip = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"iframe": true, "head": true, "nav": true, "footer": true, "form": true, "button": true}

func (b *textBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
		if skip[n.Data] {
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.Data]
	if block {
		b.paragraph()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	if block {
		b.paragraph()
	}
}

func (b *textBuilder) paragraph() {
	s := b.buf.String()
	if len(s) > 0 && !strings.HasSuffix(s, "\n\n") {
		b.buf.WriteString("\n\n")
	}
	b.space = false
}

// text appends one text node, piece by piece so that each piece can be
// found in the raw page and mapped.
func (b *textBuilder) text(data string) {
	if strings.TrimSpace(data) == "" {
		if data != "" {
			b.space = true
		}
		return
	}
	if data[0] == ' ' || data[0] == '\n' || data[0] == '\t' || data[0] == '\r' {
		b.space = true
	}
	for _, piece := range strings.Fields(data) {
		s := b.buf.String()
		if b.space && len(s) > 0 && !strings.HasSuffix(s, "\n") {
			b.buf.WriteByte(' ')
		}
		b.space = true
		b.mapPiece(b.buf.Len(), piece)
		b.buf.WriteString(piece)
	}
	last := data[len(data)-1]
	b.space = last == ' ' || last == '\n' || last == '\t' || last == '\r'
}

// mapPiece finds the piece in the raw page, as is or entity-escaped.
func (b *textBuilder) mapPiece(textOff int, piece string) {
	window := b.raw[b.cursor:min(len(b.raw), b.cursor+64<<10)]
	if i := strings.Index(window, piece); i >= 0 {
		b.om.Add(textOff, b.cursor+i, len(piece), len(piece))
		b.cursor += i + len(piece)
		return
	}
	esc := html.EscapeString(piece)
	if i := strings.Index(window, esc); i >= 0 {
		b.om.Add(textOff, b.cursor+i, len(piece), len(esc))
		b.cursor += i + len(esc)
	}
}
