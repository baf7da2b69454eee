package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hY rules (rules_hy.go), in partial mode as the
// benchmarks are scored.
func TestRulesHY(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// the subject of a copula with "on"/"in" carries out the nominal act
		{"Kenya's foreign minister is on a three-day visit to Ethiopia.", "KENGOV>ETH:042"},
		{"Chile's president was on an official visit to Peru last week.", ":042"},
		// a progressive misread as a passive keeps its agent
		{"Russian instructors are training Malian soldiers near Bamako, officials said.", ":062"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: "under attack" names the patient; a bare predicate
		// noun describes an act, it names no agent
		{"The Kenyan capital is under attack, officials said.", ":19"},
		{"Kenya's foreign minister said the trip was a visit of friendship.", ":042"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
