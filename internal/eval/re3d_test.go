package eval

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/pipeline"
)

// TestRe3D reports the entity layer on re3d and holds floors at the scores
// reached (overlap F1, the four types we can compare).
func TestRe3D(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "re3d")
	reg, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := reg.Without("events", "syntax", "quotes", "interview", "quantities", "dates", "tone", "stance", "genre"); r != nil {
		reg = r
	}
	exact, overlap, err := Re3D(context.Background(), reg, dir)
	if err != nil {
		t.Skipf("../shared/bench/re3d not available: %v", err)
	}
	for _, k := range []string{"Person", "Organisation", "Location", "Nationality", "all"} {
		t.Logf("re3d %-12s exact P %.3f R %.3f F1 %.3f | overlap P %.3f R %.3f F1 %.3f", k,
			exact[k].Precision, exact[k].Recall, exact[k].F1, overlap[k].Precision, overlap[k].Recall, overlap[k].F1)
	}
	if overlap["all"].F1 < floorRe3D {
		t.Errorf("re3d overlap F1 %.3f below the floor %.3f", overlap["all"].F1, floorRe3D)
	}
}

const floorRe3D = 0.54
