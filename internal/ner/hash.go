package ner

// Features are never materialised as strings: each one is a 64-bit hash
// built from a template id and pre-hashed token properties. This avoids
// allocation in Tag and keeps the feature table a flat uint64-keyed array.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashStr is FNV-1a over the bytes of s.
func hashStr(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix is the splitmix64 finaliser; it spreads bits so that the low bits can
// index the open-addressing table directly.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat1 and feat2 combine a template id with one or two property hashes.
// The result is never 0, which the table reserves for empty slots.
func feat1(tpl uint64, a uint64) uint64 {
	h := mix(a ^ (tpl * 0x9e3779b97f4a7c15))
	if h == 0 {
		h = 1
	}
	return h
}

func feat2(tpl uint64, a, b uint64) uint64 {
	return feat1(tpl, mix(a)^(b*0xc2b2ae3d27d4eb4f))
}
