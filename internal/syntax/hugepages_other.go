//go:build !linux

package syntax

// hugeU64s returns a zeroed slice of n words (huge pages are asked for on
// Linux only).
func hugeU64s(n int) []uint64 { return make([]uint64, n) }
