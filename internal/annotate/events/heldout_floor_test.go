package events_test

import (
	"path/filepath"
	"testing"
)

// TestHeldOutFloor holds root-code recall and precision on
// testdata/heldout.jsonl, 400 sentences of our own written without
// looking at the coder (see testdata/README.md: never study it, read the
// aggregate only). Partial mode, as the benchmarks. First measured at
// R 0.650 P 0.776 (default mode R 0.429 P 0.792); R 0.665 P 0.780 after
// the hG dev-set lexicon lines (aggregate only, not used to choose them).
func TestHeldOutFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline over 400 sentences")
	}
	r, p := rootScore(t, filepath.Join("testdata", "heldout.jsonl"))
	t.Logf("held-out: root recall %.3f precision %.3f", r, p)
	if r < 0.66 || p < 0.775 {
		t.Errorf("held-out: root recall %.3f / precision %.3f below the floors 0.66 / 0.775", r, p)
	}
}
