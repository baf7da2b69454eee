package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Paragraphs splits text at blank lines, at line breaks followed by an
// indent (wire copy), and at line breaks after sentence-final punctuation.
// A bare line break inside a sentence (hard-wrapped copy, or "How are
// they\nnow?") does not split.
func Paragraphs(text string) []doc.Span {
	var out []doc.Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		prev := strings.TrimRight(text[start:i], " \t\r")
		next := text[i+1:]
		brk := strings.HasPrefix(next, "\n") || strings.HasPrefix(next, "\r\n") ||
			strings.HasPrefix(next, "  ") || strings.HasPrefix(next, "\t") ||
			endsSentence(prev) || startsWithLabel(next) || len(prev) == 0
		if !brk {
			continue
		}
		if sp := trimSpan(text, start, i); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = i + 1
	}
	if sp := trimSpan(text, start, len(text)); sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '"', '”', ':', '…', ')', ']':
		return true
	}
	// A short title-like line without final punctuation is a headline.
	return len(s) > 0 && len(s) < 90 && titleLike(s)
}

// titleLike reports whether most words of a line are capitalised, as in a
// headline ("TALKS RESUME", "Aid Convoy Turned Back"), unlike a line of
// hard-wrapped prose ("The ministry said in").
func titleLike(s string) bool {
	words, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return words > 0 && caps*10 >= words*7
}

func trimSpan(text string, s, e int) doc.Span {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return doc.Span{Start: s, End: e}
}

// LabelEnd returns the length of an interview speaker label ("Alwaght:",
// "Q:", "Burhan Heshmati:") at the start of s, including the colon, or 0.
func LabelEnd(s string) int {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 || i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' {
		return 0
	}
	label := s[:i]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(len(words) > 1 && isNameParticle(w)) {
			return 0
		}
		if strings.ContainsAny(w, ",;\"“”()") {
			return 0
		}
	}
	// Times ("10:30") and list headings are not labels.
	if r, _ := utf8.DecodeRuneInString(label); unicode.IsDigit(r) {
		return 0
	}
	return i + 1
}

func isNameParticle(w string) bool {
	switch w {
	case "al", "bin", "van", "von", "de", "der", "la", "le", "da", "di", "el", "ibn", "of":
		return true
	}
	return false
}

func startsWithLabel(s string) bool { return LabelEnd(s) > 0 }
