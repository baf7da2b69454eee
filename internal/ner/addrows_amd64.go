package ner

// addRows adds to out, in order, the 16-float rows of dense that start at
// the offsets rows[0:n] (each a multiple of 16). It is SSE2 (part of
// every amd64 CPU): four lanes of IEEE single-precision addition per
// instruction, each lane rounded exactly as a scalar float32 addition,
// and every column receives its rows in the given order, so the result
// equals addRowsGo's bit for bit (addrows_test.go checks).
//
//go:noescape
func addRows(out *[16]float32, dense *float32, rows *int32, n int)
