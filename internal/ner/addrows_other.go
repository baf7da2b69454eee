//go:build !amd64

package ner

import "unsafe"

// addRows adds to out, in order, the 16-float rows of dense that start at
// the offsets rows[0:n] (each a multiple of 16); amd64 does it in
// assembly.
func addRows(out *[16]float32, dense *float32, rows *int32, n int) {
	if n <= 0 {
		return
	}
	base := unsafe.Pointer(dense)
	for _, r := range unsafe.Slice(rows, n) {
		addRowsGo(out, (*[16]float32)(unsafe.Add(base, uintptr(r)*4)))
	}
}
