package segment

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clitics split the way Universal Dependencies and CoNLL do, so that the
// tagger, parser and NER models see the words they were trained on.
var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "s'", "s’"}

// cliticAt returns the byte length of a clitic ending w, or 0.
//
// It runs for every token, so it lower-cases only the last three runes
// (the longest clitic), without allocating: lower-casing maps rune to
// rune, so those are the last three runes of strings.ToLower(w). The
// whole word is lower-cased only to check its length once a clitic
// matches, which keeps the result that of the plain version.
func cliticAt(w string) int {
	// Every clitic ends in t, s, e, l, d, m, an apostrophe or the last
	// byte of "’"; an ASCII last byte of any other letter (lower-casing
	// keeps ASCII in ASCII) rules them all out at once.
	if len(w) == 0 {
		return 0
	}
	switch c := w[len(w)-1] | 0x20; {
	case w[len(w)-1] >= 0x80, c == 't', c == 's', c == 'e', c == 'l', c == 'd', c == 'm', w[len(w)-1] == '\'':
	default:
		return 0
	}
	var buf [16]byte
	tail := buf[:0]
	start := len(w)
	for k := 0; k < 3 && start > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(w[:start])
		start -= n
	}
	for _, r := range w[start:] {
		tail = utf8.AppendRune(tail, unicode.ToLower(r))
	}
	for _, c := range clitics {
		if !bytes.HasSuffix(tail, []byte(c)) || len(strings.ToLower(w)) <= len(c) {
			continue
		}
		if c == "s'" || c == "s’" {
			// Plural possessive "Armenians'": split the mark only.
			return len(c) - 1
		}
		return len(c)
	}
	return 0
}

// isClitic reports whether a word starting with an apostrophe is itself a
// contraction such as "'s" or "'90s", which keep their mark.
func isClitic(w string) bool {
	lw := strings.ToLower(w)
	for _, c := range []string{"'s", "’s", "'re", "'ve", "'ll", "'d", "'m", "'9", "'8", "'0", "'1", "'2", "’9", "’0", "’2"} {
		if strings.HasPrefix(lw, c) {
			return true
		}
	}
	return false
}
