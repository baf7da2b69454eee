package store

import (
	"hash/fnv"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection. Wire copy is reprinted with small edits (a new
// headline, a trimmed paragraph, an outlet's byline): the content hash
// differs but the story is the same. SimHash (Charikar 2002) maps a text to
// 64 bits such that similar texts differ in few bits; two documents whose
// SimHashes differ in at most MaxDistance bits form one cluster.
//
// Lookup uses the pigeonhole principle: split the 64 bits into Bands bands
// of 16 bits; two hashes within distance 3 agree exactly on at least one of
// the 4 bands, so an index on each band finds every candidate.

// MaxDistance is the largest Hamming distance of two near-duplicates.
const MaxDistance = 3

// Bands is the number of 16-bit bands of the banded index.
const Bands = 4

// minShingles is the fewest shingles a text needs to take part in
// clustering: the SimHash of a three-line text is too noisy to trust.
const minShingles = 24

// SimHash returns the 64-bit SimHash of text over 2-word shingles of its
// lower-cased words, and whether the text is long enough to cluster.
func SimHash(text string) (uint64, bool) {
	var acc [64]int
	var prev uint64 // hash of the previous word
	n, shingles := 0, 0
	forWords(text, func(w uint64) {
		prev, w = w, mix(prev*31+w)
		n++
		if n < 2 {
			return
		}
		h := w
		shingles++
		for i := 0; i < 64; i++ {
			if h&(1<<uint(i)) != 0 {
				acc[i]++
			} else {
				acc[i]--
			}
		}
	})
	var out uint64
	for i := 0; i < 64; i++ {
		if acc[i] > 0 {
			out |= 1 << uint(i)
		}
	}
	return out, shingles >= minShingles
}

// forWords calls fn with a hash of each lower-cased word (letters and
// digits) of text, without allocating.
func forWords(text string, fn func(uint64)) {
	h := fnv.New64a()
	var buf [4]byte
	in := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			h.Write(buf[:n])
			in = true
			continue
		}
		if in {
			fn(h.Sum64())
			h.Reset()
			in = false
		}
	}
	if in {
		fn(h.Sum64())
	}
}

// mix is a 64-bit finaliser (splitmix64) so that shingle hashes spread
// over all bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Band returns band i (0..3) of a SimHash.
func Band(h uint64, i int) int64 { return int64((h >> (16 * uint(i))) & 0xffff) }

// Distance is the Hamming distance of two SimHashes.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }
