package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// prepare computes the per-word properties of a sentence into s.toks. It
// does not allocate for ASCII words: lower-case forms go to one byte
// buffer, shapes and affixes are hashed without building strings, and
// maps are indexed with string(bytes), which Go does without copying.
// Non-ASCII words take the string functions, so that every hash is the
// one the model was trained with (prepare_test.go checks both ways
// against the plain string implementation).
func (m *Model) prepare(words []string, s *scratch) {
	s.lowerWords(words)
	m.gaz.matchInto(words, s)
	m.glist.matchInto(len(words), s)
	for i, w := range words {
		t := &s.toks[i]
		lw := s.low(i)
		ascii := len(lw) == len(w) && isASCII(w)
		if ascii {
			t.lower = hashDigitsZero(lw)
		} else {
			t.lower = hashStr(normDigits(string(lw)))
		}
		t.raw = hashStr(w)
		t.shape, t.sshape = shapeHashes(w)
		affixHashes(lw, ascii, &t.pre, &t.suf)
		path, ok, capBin, class := m.wordLex(w, lw, s)
		t.xcls = uint64(class)
		for k, lv := range clusterLevels {
			t.clus[k] = 0
			if ok {
				t.clus[k] = uint64(clusterPrefix(path, lv)) + 2
			}
		}
		t.capBin = uint64(capBin)
		t.gaz = uint64(s.gaz[i])
		t.gbits = s.gbits[i]
		t.length = uint64(min(len(w), 10))
	}
}

// lowerWords fills s.lower with strings.ToLower of each word and sets each
// token's capitalisation class.
func (s *scratch) lowerWords(words []string) {
	s.lower = s.lower[:0]
	for i, w := range words {
		if isASCII(w) {
			for j := 0; j < len(w); j++ {
				c := w[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				s.lower = append(s.lower, c)
			}
		} else {
			s.lower = append(s.lower, strings.ToLower(w)...)
		}
		s.lowEnd[i] = int32(len(s.lower))
		s.toks[i].cap = uint64(capClass(w))
	}
}

// low returns the lower-case form of word i, valid until the next prepare.
func (s *scratch) low(i int) []byte {
	a := int32(0)
	if i > 0 {
		a = s.lowEnd[i-1]
	}
	return s.lower[a:s.lowEnd[i]]
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hashDigitsZero is hashStr(normDigits(b)) for ASCII b.
func hashDigitsZero(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		if '0' <= c && c <= '9' {
			c = '0'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashRune feeds the UTF-8 encoding of r to FNV-1a state h, as hashStr
// would see it in a string built with WriteRune.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// shapeHashes returns hashStr(wordShape(w)) and hashStr(shortShape(w)).
func shapeHashes(w string) (shape, short uint64) {
	shape, short = fnvOffset, fnvOffset
	n := 0
	var last rune = -1
	for _, r := range w {
		var c rune
		if r < utf8.RuneSelf {
			switch {
			case 'A' <= r && r <= 'Z':
				c = 'X'
			case 'a' <= r && r <= 'z':
				c = 'x'
			case '0' <= r && r <= '9':
				c = 'd'
			default:
				c = r
			}
		} else {
			c = shapeRune(r)
		}
		if n < 12 {
			shape = hashRune(shape, c)
			n++
		}
		if c != last {
			short = hashRune(short, c)
			last = c
		}
	}
	return shape, short
}

// affixHashes sets the hashes of the 1..4-rune prefixes and suffixes of lw.
func affixHashes(lw []byte, ascii bool, pre, suf *[4]uint64) {
	for n := 1; n <= 4; n++ {
		var p, q int // prefix end, suffix start
		if ascii {
			p, q = min(n, len(lw)), max(len(lw)-n, 0)
		} else {
			for k := 0; k < n && p < len(lw); k++ {
				_, sz := utf8.DecodeRune(lw[p:])
				p += sz
			}
			q = len(lw)
			for k := 0; k < n && q > 0; k++ {
				_, sz := utf8.DecodeLastRune(lw[:q])
				q -= sz
			}
		}
		pre[n-1] = hashBytes(lw[:p])
		suf[n-1] = hashBytes(lw[q:])
	}
}

// normDigits maps every digit to 0 so numbers share lexical features.
func normDigits(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, s)
}
