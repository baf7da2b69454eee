//go:build !linux

package ner

// hugeBytes asks for huge pages on Linux only: elsewhere the weights stay
// on the heap.
func hugeBytes(size int) []byte { return nil }
