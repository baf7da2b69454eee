package dates

import (
	"encoding/json"
	"testing"

	"sitrep/internal/testutil"
)

// publishedFloor is the share of FA-KES articles whose publication date we
// detect from the text exactly as the dataset records it (among all rows);
// wrongCeiling bounds the detections that disagree (mostly rows whose
// recorded date is the incident date, not the publication date). They
// only get better.
const (
	publishedFloor = 0.574
	wrongCeiling   = 0.28
)

// TestFAKESPublished measures publication-date detection on
// ../shared/bench/fa-kes, whose rows carry the article date.
func TestFAKESPublished(t *testing.T) {
	if testing.Short() {
		t.Skip("FA-KES benchmark skipped in -short mode")
	}
	var rows, found, right int
	var wrong []string
	testutil.EachJSONLine(t, func(line int, data []byte) {
		var r struct{ ID, Text, Date string }
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("fa-kes.jsonl.gz:%d: %v", line, err)
		}
		rows++
		got := DetectPublished(r.Text)
		if got == "" {
			return
		}
		found++
		if got == r.Date {
			right++
		} else if len(wrong) < 10 {
			wrong = append(wrong, r.ID+": "+got+" != "+r.Date)
		}
	}, "bench", "fa-kes", "fa-kes.jsonl.gz")
	share, bad := float64(right)/float64(rows), float64(found-right)/float64(max(found, 1))
	t.Logf("FA-KES publication date: %d rows, detected %d, equal to the recorded date %d (%.3f of rows); wrong %.3f of detections",
		rows, found, right, share, bad)
	t.Logf("first disagreements: %q", wrong)
	if share < publishedFloor || bad > wrongCeiling {
		t.Errorf("published detection %.3f (floor %.3f), wrong %.3f (ceiling %.3f)", share, publishedFloor, bad, wrongCeiling)
	}
}
