package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/annotate/interview"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

// TestFoundingExampleF1 scores the quotes of the founding interview with
// the rule: same speaker surname and at least half of the gold
// span covered, matched one-to-one greedily. The floor only goes up.
func TestFoundingExampleF1(t *testing.T) {
	text := seed(t)
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "seeds", "gold", "000_62c6e2fd3fdcd93e.json"))
	if err != nil {
		t.Skipf("gold not found: %v", err)
	}
	var gold struct {
		Quotes []struct{ Speaker, Text string } `json:"quotes"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("gold 000_62c6e2fd3fdcd93e.json: %v", err)
	}
	d := doc.New("seed", text)
	d.Meta.Outlet = "Alwaght"
	segment.Split(d)
	interview.Detect(d)
	Find(d)
	used := make([]bool, len(d.Quotes))
	tp := 0
	for _, g := range gold.Quotes {
		gs := strings.Index(text, g.Text)
		ge := gs + len(g.Text)
		for i, q := range d.Quotes {
			cover := min(ge, q.End) - max(gs, q.Start)
			if !used[i] && surname(q.Speaker) == surname(g.Speaker) && 2*cover >= ge-gs {
				used[i] = true
				tp++
				break
			}
		}
	}
	p := float64(tp) / float64(len(d.Quotes))
	r := float64(tp) / float64(len(gold.Quotes))
	f1 := 2 * p * r / (p + r)
	t.Logf("quotes P=%.3f R=%.3f F1=%.3f (%d system, %d gold)", p, r, f1, len(d.Quotes), len(gold.Quotes))
	if f1 < 1.0 {
		t.Errorf("quotes F1 = %.3f, floor 1.0", f1)
	}
}

func surname(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}
