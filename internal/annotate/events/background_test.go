package events_test

import (
	"strings"
	"testing"
)

// TestBackgroundClauses: an act recalled in an "after"/"since"/"where"
// clause or a relative clause of place is context, not news, when the
// sentence reports an act of its own; alone, it is still coded.
func TestBackgroundClauses(t *testing.T) {
	for _, tc := range []struct {
		text       string
		want, drop string // want: among the events; drop: no event with this code
	}{
		{"Kenya expelled the ambassador of Uganda after Ugandan troops attacked Kenya.", "KEN", ":19"},
		// The curfew has no coded target: only the drop is checked.
		{"Chile lifted the curfew in the province where Peruvian soldiers killed 20 people.", "", ":18"},
		{"Chile lifted the curfew in the province where Peruvian soldiers killed 20 people.", "", ":19"},
	} {
		got := brief(analyze(t, tc.text, "2024-03-01"))
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.drop) {
			t.Errorf("%q:\n got %s\nwant %s, none %s", tc.text, got, tc.want, tc.drop)
		}
	}
	// Without a main act the clause is kept: it is all the sentence says.
	if got := brief(analyze(t, "Ugandan troops attacked Kenya.", "2024-03-01")); !strings.Contains(got, ":19") {
		t.Errorf("a main-clause attack: got %s, want a 19x event", got)
	}
}
