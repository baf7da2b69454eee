package ner

import (
	"testing"
	"unicode"
)

// capClassRunes is capClass without its ASCII fast path.
func capClassRunes(w string) int {
	letters, upper := 0, 0
	first, firstUp := true, false
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

// TestCapClassASCII checks the ASCII fast path against the unicode one on
// every string of up to three ASCII bytes and on some words.
func TestCapClassASCII(t *testing.T) {
	check := func(w string) {
		if got, want := capClass(w), capClassRunes(w); got != want {
			t.Fatalf("capClass(%q) = %d, want %d", w, got, want)
		}
	}
	var b [3]byte
	for n := 0; n <= 3; n++ {
		for x := 0; x < 1<<(7*n); x++ {
			for k := 0; k < n; k++ {
				b[k] = byte(x >> (7 * k) & 0x7f)
			}
			check(string(b[:n]))
		}
	}
	for _, w := range []string{"Reuters", "U.S.", "iPhone", "McDonald", "NATO", "x-ray", "3M", "Zürich", "ÉTAT", "élan", "1987"} {
		check(w)
	}
}
