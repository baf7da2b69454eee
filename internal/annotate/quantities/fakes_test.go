package quantities

import (
	"encoding/json"
	"os"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/testutil"
)

// fakesFloor is the share of FA-KES articles with an annotated civilian
// death count for which we find a "killed" figure of exactly that value.
// It only goes up.
const fakesFloor = 0.899

// TestFAKES measures casualty figures on ../shared/bench/fa-kes (804 Syrian
// war articles whose annotators recorded the number of civilians killed).
// go test ./internal/annotate/quantities -run FAKES -v prints the figure.
func TestFAKES(t *testing.T) {
	if testing.Short() {
		t.Skip("FA-KES benchmark skipped in -short mode")
	}
	var rows, killedHit, anyHit int
	var misses []string
	testutil.EachJSONLine(t, func(line int, data []byte) {
		var r struct {
			ID          string
			Text        string
			Date        string
			Annotations struct {
				Civilians float64 `json:"nb_civilians"`
			}
		}
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("fa-kes.jsonl.gz:%d: %v", line, err)
		}
		want := r.Annotations.Civilians
		if want <= 0 {
			return
		}
		rows++
		d := doc.New(r.ID, r.Text)
		d.Meta.Published = r.Date
		segment.Split(d)
		Find(d)
		k, a := false, false
		for _, q := range d.Quantities {
			if q.Value == want {
				a = true
				if q.Category == "killed" {
					k = true
				}
			}
		}
		if k {
			killedHit++
		} else if len(misses) < 40 {
			misses = append(misses, r.ID)
			if os.Getenv("FAKES_DEBUG") == "none" && !a {
				t.Logf("%s want %v: no equal figure; text %q", r.ID, want, r.Text[:min(len(r.Text), 300)])
			}
			if os.Getenv("FAKES_DEBUG") == "cat" {
				for _, q := range d.Quantities {
					if q.Value == want {
						lo, hi := max(0, q.Start-80), min(len(d.Text), q.End+80)
						t.Logf("%s want %v: %q cat=%q unit=%q ctx=%q", r.ID, want, d.Slice(q.Span), q.Category, q.Unit, d.Text[lo:hi])
					}
				}
			}
		}
		if a {
			anyHit++
		}
	}, "bench", "fa-kes", "fa-kes.jsonl.gz")
	share := float64(killedHit) / float64(rows)
	t.Logf("FA-KES: %d articles with an annotated civilian death count; killed figure equal: %d (%.3f); any figure equal: %d (%.3f)",
		rows, killedHit, share, anyHit, float64(anyHit)/float64(rows))
	t.Logf("first misses: %v", misses)
	if share < fakesFloor {
		t.Errorf("FA-KES killed-figure share %.3f below floor %.3f", share, fakesFloor)
	}
}
