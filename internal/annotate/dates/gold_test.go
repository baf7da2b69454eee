package dates

import (
	"testing"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/testutil"
)

// floorF1 is the times F1 reached on ../shared/seeds/gold; it only goes up.
const floorF1 = 1.0

func TestGoldFloor(t *testing.T) {
	reg, err := annotate.NewRegistry(segment.Stage{}, Stage{})
	if err != nil {
		t.Fatal(err)
	}
	if p := testutil.GoldLayer(t, reg, "times", "time missed"); p.F1 < floorF1 {
		t.Errorf("times F1 %.3f below floor %.3f", p.F1, floorF1)
	}
}
