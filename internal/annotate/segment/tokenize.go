// Package segment splits text into paragraphs, sentences and tokens with
// byte offsets. It is hand-written for news: abbreviations ("Gen.", "U.S."),
// quotation marks, bracketed insertions, hard-wrapped wire copy and
// interview labels ("Alwaght:") must not break or merge sentences.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Tokenize splits text[start:end] into tokens, appending to out.
func Tokenize(text string, start, end int, out []doc.Token) []doc.Token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if isSpace(r2) {
				break
			}
			j += n2
		}
		out = splitWord(text, i, j, out)
		i = j
	}
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' || r == '\u200b' || unicode.IsSpace(r)
}

// leading punctuation split off the front of a word.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '{', '«', '‹', '„', '¿', '¡', '*', '$', '£', '€', '#', '<':
		return true
	}
	return false
}

// trailing punctuation split off the end of a word.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '}', '»', '›', ',', ';', ':', '!', '?', '.', '%', '*', '>', '…':
		return true
	}
	return false
}

// slugHyphen reports whether the hyphen ending the chunk at end is a
// dateline or slug separator ("KYIV- Russian forces", "Alwaght- After
// several rounds"): the next word starts with a capital or a digit. A
// suspended compound ("pre- and post-war") is followed by a lower-case
// word and keeps its hyphen.
func slugHyphen(text string, end int) bool {
	k := end
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k == end || k >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func isDash(r rune) bool { return r == '—' || r == '–' || r == '―' }

func tok(text string, s, e int) doc.Token {
	t := text[s:e]
	return doc.Token{Span: doc.Span{Start: s, End: e}, Text: t, Lower: lower(t), Head: -1}
}

// lower avoids an allocation for words that are already lower case.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// splitWord splits one whitespace-delimited chunk [s, e).
func splitWord(text string, s, e int, out []doc.Token) []doc.Token {
	// Leading punctuation.
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isOpener(r) {
			break
		}
		if (r == '\'' || r == '‘' || r == '’') && s+n < e && isClitic(text[s:e]) {
			break
		}
		out = append(out, tok(text, s, s+n))
		s += n
	}
	if s >= e {
		return out
	}
	// Trailing punctuation, collected right to left.
	var tail [8]doc.Token
	nt := 0
	for e > s && nt < len(tail) {
		if strings.HasSuffix(text[s:e], "...") && e-s > 3 {
			tail[nt] = tok(text, e-3, e)
			nt++
			e -= 3
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if (!isCloser(r) && !(r == '-' && nt == 0 && slugHyphen(text, e))) || e-n == s {
			break
		}
		if r == '.' && keepPeriod(text[s:e]) {
			break
		}
		tail[nt] = tok(text, e-n, e)
		nt++
		e -= n
	}
	out = splitInner(text, s, e, out)
	for k := nt - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitInner splits dashes and English clitics inside a word core.
func splitInner(text string, s, e int, out []doc.Token) []doc.Token {
	for k := s; k < e; {
		r, n := utf8.DecodeRuneInString(text[k:e])
		if isDash(r) || (r == '-' && k+1 < e && text[k+1] == '-') {
			w := n
			if r == '-' {
				w = 2
			}
			if k > s {
				out = splitInner(text, s, k, out)
			}
			out = append(out, tok(text, k, k+w))
			return splitInner(text, k+w, e, out)
		}
		k += n
	}
	if s >= e {
		return out
	}
	if c := cliticAt(text[s:e]); c > 0 {
		out = append(out, tok(text, s, e-c))
		return append(out, tok(text, e-c, e))
	}
	return append(out, tok(text, s, e))
}
