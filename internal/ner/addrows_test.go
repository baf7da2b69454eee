package ner

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAddRowsExact checks that addRows (SSE2 on amd64) gives the scalar
// sums bit for bit, on values of mixed magnitudes and signs where the
// order of additions matters.
func TestAddRowsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	dense := make([]float32, 16*64)
	for i := range dense {
		dense[i] = float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(9)-4)))
	}
	for trial := 0; trial < 2000; trial++ {
		n := r.IntN(40)
		rows := make([]int32, n+1)
		for k := range rows {
			rows[k] = int32(r.IntN(64) * 16)
		}
		var got, want [16]float32
		for j := range got {
			got[j] = float32(r.NormFloat64())
			want[j] = got[j]
		}
		addRows(&got, &dense[0], &rows[0], n)
		for _, o := range rows[:n] {
			addRowsGo(&want, (*[16]float32)(dense[o:o+16]))
		}
		for j := range got {
			if math.Float32bits(got[j]) != math.Float32bits(want[j]) {
				t.Fatalf("trial %d label %d: %v, want %v", trial, j, got[j], want[j])
			}
		}
	}
}
