package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hO object classes (objclass.txt @probed,
// @policy, @plan; table.txt "# hO"), in partial mode as the benchmarks
// are scored.
func TestRulesHO(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 090: reviewing or examining what happened
		{"The army said it was reviewing the circumstances of the raid.", ":090"},
		{"The ombudsman is examining complaints from detained journalists.", ":090"},
		// 014: reviewing a policy option
		{"The Malian government is reviewing all gold mining licences.", ":014"},
		// 127: dismissing a plan
		{"The rebels dismissed the government's peace roadmap.", "REB>GOV:127"},
		// 192: forces moving into territory
		{"Turkish troops moved into the buffer zone near the border.", "TURMIL>:192"},
		{"Government forces advanced into the northern province on Sunday.", ":192"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: the object is not of the class
		{"Police examined the car outside the embassy.", ":090"},
		{"The committee reviewed its budget on Monday.", ":014"},
		{"The talks moved into a second week.", ":192"},
		{"The minister dismissed three senior aides.", ":127"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
