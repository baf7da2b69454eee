package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenizeSimple splits running text into CoNLL-like tokens: whitespace
// split, then leading/trailing punctuation and the clitics 's / n't peeled
// off. Abbreviations with inner dots (U.S.) keep their final dot. It is only
// meant for collecting corpus statistics, not as the project tokenizer.
func TokenizeSimple(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		out = appendToken(out, f)
	}
	return out
}

const openPunct = "\"'([{`"
const closePunct = "\"')]},;:!?`"

func appendToken(out []string, f string) []string {
	for len(f) > 1 && strings.IndexByte(openPunct, f[0]) >= 0 {
		out = append(out, f[:1])
		f = f[1:]
	}
	var tail []string
	for len(f) > 1 {
		last := f[len(f)-1]
		if strings.IndexByte(closePunct, last) >= 0 ||
			(last == '.' && !strings.Contains(f[:len(f)-1], ".") && !isSingleLetter(f[:len(f)-1])) {
			tail = append(tail, f[len(f)-1:])
			f = f[:len(f)-1]
			continue
		}
		break
	}
	lf := strings.ToLower(f)
	switch {
	case len(f) > 3 && strings.HasSuffix(lf, "n't"):
		out = append(out, f[:len(f)-3], f[len(f)-3:])
	case len(f) > 2 && strings.HasSuffix(lf, "'s"):
		out = append(out, f[:len(f)-2], f[len(f)-2:])
	case f != "":
		out = append(out, f)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

func isSingleLetter(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.IsLetter(r)
}
