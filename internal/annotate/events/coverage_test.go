package events

import (
	"sort"
	"testing"
)

// TestTriggerCoverage reports, per CAMEO root, how many table lines code
// it directly (run with -v to read the report), and holds a floor: every
// root from 01 to 20 has words of its own. Leaf codes of the appeal,
// intent, demand, rejection and threat roots come from the frame table
// (frames.go), so they are not expected to have lines.
func TestTriggerCoverage(t *testing.T) {
	tb, err := loadTable()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[*pattern]bool{}
	byRoot := map[string]int{}
	for _, ps := range tb.byForm {
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				byRoot[p.Code[:2]]++
			}
		}
	}
	roots := make([]string, 0, len(byRoot))
	for r := range byRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for _, r := range roots {
		t.Logf("root %s: %d patterns", r, byRoot[r])
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if byRoot[root] < 5 {
			t.Errorf("root %s has %d patterns, want at least 5", root, byRoot[root])
		}
	}
}
