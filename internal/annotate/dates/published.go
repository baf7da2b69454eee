package dates

import (
	"strings"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

// headLen is how much of the text's start may carry a publication date.
const headLen = 400

// lineLen is how far into the first line an unlabelled date may start.
const lineLen = 100

// DetectPublished finds the publication date in the head of a text: a
// "Published:" or "Date of publication" line, a dateline with a full
// date, or a full date on the first line. It returns "" when there is
// none at day precision.
func DetectPublished(text string) string {
	head := text
	if len(head) > headLen {
		head = head[:headLen]
	}
	lower := strings.ToLower(head)
	for _, label := range []string{"published:", "published on", "date of publication", "posted:", "posted on", "updated:"} {
		if k := strings.Index(lower, label); k >= 0 {
			if d := firstDate(head[k+len(label):]); d != "" {
				return d
			}
		}
	}
	line := head
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	// Unlabelled, a date counts only near the very start (a dateline or a
	// date stamp); further on it is more often the event's date.
	if len(line) > lineLen {
		line = line[:lineLen]
	}
	return firstDate(line)
}

// firstDate returns the first day-precision absolute date in s.
func firstDate(s string) string {
	toks := segment.Tokenize(s, 0, len(s), nil)
	var m matcher
	m.setTokens(toks)
	for i := range toks {
		if r := m.absolute(i); r.n > 0 && r.date.D > 0 && r.kind == KindDate {
			return r.date.String()
		}
	}
	return ""
}

// ParseDate reads the first date expression in s, resolving relative ones
// against published (YYYY-MM-DD, or "" for none). ok is false when s holds
// no date expression; value is "" when it cannot be resolved.
func ParseDate(s, published string) (value string, ok bool) {
	ref, _ := ParseISO(published)
	toks := segment.Tokenize(s, 0, len(s), nil)
	var m matcher
	m.ref = ref
	out := m.scan(s, toks, nil)
	if len(out) == 0 {
		return "", false
	}
	return out[0].Value, true
}

// Find sets d.Times, first filling d.Meta.Published from the text when the
// caller gave none.
func Find(d *doc.Doc) {
	if d.Meta.Published == "" {
		if p := DetectPublished(d.Text); p != "" {
			d.Meta.Published, d.Meta.PublishedDetected = p, true
		}
	}
	ref, _ := ParseISO(d.Meta.Published)
	m := matcher{ref: ref, words: make([]string, 0, len(d.Tokens))} // no sentence is longer
	var out []doc.Time
	for _, s := range d.Sentences {
		if s.TokStart < 0 || s.TokEnd > len(d.Tokens) || s.TokStart >= s.TokEnd {
			continue
		}
		out = m.scan(d.Text, d.Tokens[s.TokStart:s.TokEnd], out)
	}
	d.Times = out
}
