// Package quotes finds who said what: direct quotes in every common form
// (straight and curly marks, quotes running over several paragraphs,
// nested and partial quotes), their attribution through speech verbs
// before or after the quote, reported speech ("X said that ...") and the
// questions and answers of an interview (from doc.Turns).
package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Mark is one quoted stretch found by Scan.
type Mark struct {
	Open, Close int // byte offsets of the opening and closing marks (Close = end of text when unclosed)
	Start, End  int // the words between the marks
	Paragraphs  int // number of paragraphs the quote runs over
	Unclosed    bool
}

// Scan finds the top-level quoted stretches of text in one linear pass.
// Double marks (" “ ” „ « ») open top-level quotes; curly single marks
// (‘ ’) do so only at a word start, because ’ is mostly an apostrophe.
// Marks inside a quote nest. A quote still open at the end of a paragraph
// continues when the next paragraph opens with a mark (the news convention
// for quotes over several paragraphs); otherwise it is closed there and
// flagged Unclosed.
func Scan(text string) []Mark {
	var out []Mark
	var cur Mark
	open := false
	single := false // the open quote uses ‘ ’
	depth := 0      // nested curly doubles inside the open quote
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !open {
			if isDoubleOpen(text, i, r, n) || r == '‘' && wordStartBefore(text, i) {
				open, single, depth = true, r == '‘', 0
				cur = Mark{Open: i, Start: i + n, Paragraphs: 1}
			}
			i += n
			continue
		}
		switch {
		case r == '\n':
			j := skipBlank(text, i)
			if j < len(text) && opensAgain(text, j, single) {
				_, m := utf8.DecodeRuneInString(text[j:])
				cur.Paragraphs++
				i = j + m
				continue
			}
			cur.Close, cur.End, cur.Unclosed = i, trimEnd(text, cur.Start, i), true
			out = append(out, cur)
			open = false
		case single && r == '’' && !letterAt(text, i+n):
			out = append(out, closeAt(cur, i))
			open = false
		case !single && r == '“':
			depth++
		case !single && (r == '”' || r == '»' || r == '"'):
			if r == '”' && depth > 0 {
				depth--
				break
			}
			out = append(out, closeAt(cur, i))
			open = false
		}
		i += n
	}
	if open {
		cur.Close, cur.End, cur.Unclosed = len(text), trimEnd(text, cur.Start, len(text)), true
		out = append(out, cur)
	}
	return out
}

func closeAt(m Mark, i int) Mark {
	m.Close, m.End = i, i
	return m
}

// isDoubleOpen decides whether the mark at i opens a quote. A straight
// mark opens when it follows a space, an opening bracket, a dash or the
// start of a line, and is followed by something that is not a space.
func isDoubleOpen(text string, i int, r rune, n int) bool {
	switch r {
	case '“', '„', '«':
		return true
	case '"':
		if i+n >= len(text) {
			return false
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		return wordStartBefore(text, i) && !unicode.IsSpace(next)
	}
	return false
}

func wordStartBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':' || p == '*'
}

func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// opensAgain reports whether a paragraph starting at j re-opens the quote.
func opensAgain(text string, j int, single bool) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	if single {
		return r == '‘'
	}
	return r == '“' || r == '"' || r == '«' || r == '„'
}

func skipBlank(text string, i int) int {
	for i < len(text) && (text[i] == '\n' || text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i
}

func trimEnd(text string, s, e int) int {
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	return e
}
