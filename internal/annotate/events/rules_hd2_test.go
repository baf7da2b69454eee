package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hD2 rules (rules_hd2.go), in partial mode as
// the benchmarks are scored.
func TestRulesHD2(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// a statement to reporters whose content follows keeps its code
		{"Nigeria's information minister told reporters on Monday that the audit had been completed.", ":010"},
		// telling a government is a statement to it
		{"The envoy told the Iranian foreign minister that talks would resume.", ":010"},
		// the reported act itself is still coded
		{"The court sentenced the opposition leader to 22 years in prison, his lawyer told Reuters.", ":116"},
		// two clauses joined by "and" that the parser read as a clausal subject
		{"Taliban fighters seized a police post in the southern Helmand province and took its 10 officers hostage.", ":181"},
		{"Pirate gangs seized a cargo ship in the Gulf of Guinea and took its 20 crew members hostage.", ":181"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// a wire attribution to the press after the report is no statement
		{"The court sentenced the opposition leader to 22 years in prison, his lawyer told Reuters.", ":010"},
		{"Rebels withdrew from the town overnight, a Kurdish commander told reporters in Hasakah.", ":010"},
		{"Migrants held in camps were tortured, survivors told reporters.", ":010"},
		{"The army shelled the village, a resident told the BBC.", ":010"},
		// near miss: a real clausal subject is left alone
		{"What the rebels seized and what they destroyed remains unclear.", ":181"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
