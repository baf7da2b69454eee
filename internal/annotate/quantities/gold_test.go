package quantities

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/eval"
)

// floorF1 is the figures F1 reached on ../shared/seeds/gold; it only goes up.
const floorF1 = 1.0

func TestGoldFloor(t *testing.T) {
	golds, err := eval.LoadGold(filepath.Join(sharedDir(t), "seeds", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := annotate.NewRegistry(segment.Stage{}, Stage{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Run(context.Background(), reg, golds)
	if err != nil {
		t.Fatal(err)
	}
	p := r.Layers["quantities"]
	t.Logf("quantities on %d gold documents: P=%.3f R=%.3f F1=%.3f", r.Documents, p.Precision, p.Recall, p.F1)
	for _, m := range r.Misses {
		if strings.Contains(m, "quantity missed") {
			t.Log(m)
		}
	}
	if p.F1 < floorF1 {
		t.Errorf("quantities F1 %.3f below floor %.3f", p.F1, floorF1)
	}
}
