package dates

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
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
	path := filepath.Join(sharedDir(t), "bench", "fa-kes", "fa-kes.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("FA-KES not available: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var rows, found, right int
	var wrong []string
	for line := 1; sc.Scan(); line++ {
		var r struct{ ID, Text, Date string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		rows++
		got := DetectPublished(r.Text)
		if got == "" {
			continue
		}
		found++
		if got == r.Date {
			right++
		} else if len(wrong) < 10 {
			wrong = append(wrong, r.ID+": "+got+" != "+r.Date)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	share, bad := float64(right)/float64(rows), float64(found-right)/float64(max(found, 1))
	t.Logf("FA-KES publication date: %d rows, detected %d, equal to the recorded date %d (%.3f of rows); wrong %.3f of detections",
		rows, found, right, share, bad)
	t.Logf("first disagreements: %q", wrong)
	if share < publishedFloor || bad > wrongCeiling {
		t.Errorf("published detection %.3f (floor %.3f), wrong %.3f (ceiling %.3f)", share, publishedFloor, bad, wrongCeiling)
	}
}
