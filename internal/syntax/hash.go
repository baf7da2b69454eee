package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes built from small integer "atoms" (template
// ids, tag ids, word hashes). Mixing uses a splitmix64-style finaliser so
// that low bits are well distributed for the open-addressing table.

const fnvOff = 14695981039346656037
const fnvPrime = 1099511628211

func mix(a, b uint64) uint64 {
	x := a*0x9E3779B97F4A7C15 ^ b
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	x *= 0x94D049BB133111EB
	x ^= x >> 32
	return x
}

func f1(t, a uint64) uint64       { return mix(t, a) }
func f2(t, a, b uint64) uint64    { return mix(mix(t, a), b) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(t, a), b), c) }

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOff)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// wordHashes holds the per-word string atoms, computed once per sentence
// so feature templates only combine integers.
type wordHashes struct {
	form, lower, pre1, suf1, suf2, suf3, shape, suf4, pre3 uint64
}

// computeWordHashes lower-cases on the fly (no allocation) and derives
// affixes counted in runes, plus a collapsed word shape (Xxx, dd-dd...).
func computeWordHashes(w string, out *wordHashes) {
	out.form = hashString(w)
	lower := uint64(fnvOff)
	shape := uint64(fnvOff)
	var last rune = -1
	shapeLen := 0
	// ring of the last three lower-case runes for suffixes
	var r1, r2, r3, r4 rune = -1, -1, -1, -1
	pre3 := uint64(fnvOff)
	nr := 0
	first := rune(-1)
	for i := 0; i < len(w); {
		r, sz := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(w[i:])
		}
		i += sz
		var sc rune
		switch {
		case r >= 'a' && r <= 'z':
			sc = 'x'
		case r >= 'A' && r <= 'Z':
			sc = 'X'
			r += 'a' - 'A'
		case r >= '0' && r <= '9':
			sc = 'd'
		case r < utf8.RuneSelf:
			sc = r
		case unicode.IsUpper(r):
			sc = 'X'
			r = unicode.ToLower(r)
		case unicode.IsLetter(r):
			sc = 'x'
		default:
			sc = '*'
		}
		lower = (lower ^ uint64(r)) * fnvPrime
		if sc != last && shapeLen < 6 {
			shape = (shape ^ uint64(sc)) * fnvPrime
			shapeLen++
			last = sc
		}
		if first < 0 {
			first = r
		}
		if nr < 3 {
			pre3 = (pre3 ^ uint64(r)) * fnvPrime
		}
		nr++
		r4, r3, r2, r1 = r3, r2, r1, r
	}
	out.lower = lower
	out.shape = shape
	out.pre1 = uint64(first) + 1
	out.suf1 = uint64(r1) + 1
	out.suf2 = mix(uint64(r2)+1, uint64(r1)+1)
	out.suf3 = mix(mix(uint64(r3)+1, uint64(r2)+1), uint64(r1)+1)
	out.suf4 = mix(out.suf3, uint64(r4)+1)
	out.pre3 = pre3
}
