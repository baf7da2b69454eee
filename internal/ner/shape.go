package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordShape maps letters to X/x, digits to d and keeps other runes, capped
// at 12 runes so that long words share shapes ("Xxxxxxxxxxxx").
func wordShape(w string) string {
	var b strings.Builder
	n := 0
	for _, r := range w {
		if n == 12 {
			break
		}
		n++
		b.WriteRune(shapeRune(r))
	}
	return b.String()
}

func shapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// shortShape collapses runs of the same shape character ("Xx-dd" for
// "Jean-99" is "Xx-d"), a coarser class that generalises across lengths.
func shortShape(w string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range w {
		s := shapeRune(r)
		if s != last {
			b.WriteRune(s)
			last = s
		}
	}
	return b.String()
}

// Capitalisation classes, used alone and combined with position.
const (
	capLower = iota
	capInit  // Xxxx
	capAll   // XXXX (at least two letters)
	capMixed // iPhone, McDonald
	capNone  // no letters: digits, punctuation
)

func capClass(w string) int {
	letters, upper := 0, 0
	first := true
	firstUp := false
	if isASCII(w) {
		// The same classes without unicode's tables: an ASCII letter
		// is A-Z or a-z, and upper case is A-Z.
		for i := 0; i < len(w); i++ {
			c := w[i] | 0x20 // lower-cases A-Z, leaves a-z
			if 'a' <= c && c <= 'z' {
				letters++
				if w[i] <= 'Z' {
					upper++
					if first {
						firstUp = true
					}
				}
				first = false
			}
		}
		return capOf(letters, upper, firstUp)
	}
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if first {
					firstUp = true
				}
			}
			first = false
		}
	}
	return capOf(letters, upper, firstUp)
}

// capOf is capClass's verdict from its counts.
func capOf(letters, upper int, firstUp bool) int {
	switch {
	case letters == 0:
		return capNone
	case upper == 0:
		return capLower
	case upper == letters && letters > 1:
		return capAll
	case firstUp && upper == 1:
		return capInit
	}
	return capMixed
}

// prefix and suffix return up to n runes from either end of w.
func prefix(w string, n int) string {
	i := 0
	for k := 0; k < n && i < len(w); k++ {
		_, sz := utf8.DecodeRuneInString(w[i:])
		i += sz
	}
	return w[:i]
}

func suffix(w string, n int) string {
	i := len(w)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(w[:i])
		i -= sz
	}
	return w[i:]
}

// isHeadline detects CoNLL-style upper-case headlines, where the usual
// capitalisation cue is useless and the model must rely on words: no word
// has a lower-case letter and at least two are in capitals.
func isHeadline(toks []tok) bool {
	letters := 0
	for i := range toks {
		switch toks[i].cap {
		case capLower, capInit, capMixed:
			return false
		case capAll:
			letters++
		}
	}
	return letters >= 2
}
