package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Kinds of time expression (doc.Time.Kind).
const (
	KindDate     = "date"
	KindRelative = "relative"
	KindAnchor   = "anchor"
	KindNow      = "now"
)

// match is one time expression found at a token: its length in tokens, its
// value ("" when unresolvable) and kind. skip is how many leading tokens
// ("since", "over") are context, not part of the expression.
type match struct {
	n, skip int
	date    Date
	kind    string
}

// matcher reads time expressions over the tokens of one sentence.
type matcher struct {
	toks   []doc.Token
	words  []string // w's answer per token, filled once per sentence
	ref    Date     // the publication date, zero when unknown
	future bool     // the sentence speaks of the future ("will", "next")
}

// w returns token i in lower case with curly apostrophes straightened.
// The rules ask for the same tokens many times, so scan straightens
// each token once (words).
func (m *matcher) w(i int) string {
	if i < 0 || i >= len(m.words) {
		return ""
	}
	return m.words[i]
}

// setTokens points m at the tokens of one sentence.
func (m *matcher) setTokens(toks []doc.Token) {
	m.toks = toks
	m.words = m.words[:0]
	for i := range toks {
		m.words = append(m.words, straighten(toks[i].Lower))
	}
}

func straighten(l string) string {
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}

func (m *matcher) capital(i int) bool {
	if i < 0 || i >= len(m.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m.toks[i].Text)
	return unicode.IsUpper(r)
}

// at tries every rule at token i, longest and most specific first.
func (m *matcher) at(i int) match {
	if d, n := m.matchAnchor(i); n > 0 {
		return match{n: n, date: d, kind: KindAnchor}
	}
	if r := m.absolute(i); r.n > 0 {
		return r
	}
	return m.relative(i)
}

// scan runs the rules over toks and appends the expressions found.
func (m *matcher) scan(text string, toks []doc.Token, out []doc.Time) []doc.Time {
	m.setTokens(toks)
	m.future = false
	for i := range toks {
		switch toks[i].Lower {
		case "will", "next", "upcoming", "coming", "'ll", "scheduled", "tomorrow":
			m.future = true
		}
	}
	for i := 0; i < len(toks); {
		r := m.at(i)
		if r.n == 0 {
			i++
			continue
		}
		s, e := toks[i+r.skip].Start, toks[i+r.n-1].End
		if r.kind == KindAnchor {
			s = toks[i].Start
		}
		out = append(out, doc.Time{Span: doc.Span{Start: s, End: e}, Value: r.date.String(), Kind: r.kind})
		i += r.n
	}
	return out
}
