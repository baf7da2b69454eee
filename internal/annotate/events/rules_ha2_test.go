package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hA2 rules (rules_ha2.go and the table lines
// under "# dev3 (hA2)"), in partial mode as the benchmarks are scored.
func TestRulesHA2(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// a court's sentence is a finding of guilt
		{"A court in Kenya sentenced Kenyan opposition leaders to five years in prison.", ":116"},
		{"Kenyan opposition leaders were sentenced to death by a court in Nairobi.", ":116"},
		// upholding a conviction finds guilty
		{"Kenya's supreme court upheld the conviction of the Kenyan opposition leader.", ":116"},
		// dismissing or rejecting a report or rumour is a denial
		{"Kenya's foreign ministry dismissed the report as baseless.", "KENGOV>:016"},
		{"Kenya's foreign ministry rejected reports that its troops had crossed the border.", "KENGOV>:016"},
		{"Kenya's president dismissed rumours of a cabinet reshuffle.", ":016"},
		// the main act stays beside an alleged one
		{"Kenyan troops demolished the homes of two Somalis accused of carrying out an attack on a Kenyan base.", "KENMIL>SOM:1712"},
		// near miss of the allegation rule: an asserted attack is coded
		{"Kenyan troops killed two Somali gunmen who attacked a Kenyan base.", ":19"},
		// near miss of the accident rule: a raid that kills is force
		{"Kenyan families mourned the victims of a militia raid that killed 15 people.", ":19"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// an arrest is no finding of guilt; the noun keeps its code
		{"Kenyan police arrested Kenyan opposition leaders in Nairobi.", ":116"},
		// upholding a decision is no finding of guilt
		{"Kenya's supreme court upheld the decision to hold new elections.", ":116"},
		// dismissing a proposal is a rejection, not a denial
		{"Kenya's foreign ministry dismissed the proposal as unrealistic.", ":016"},
		// the act a person is accused or suspected of is not asserted
		{"Kenyan troops demolished the homes of two Somalis accused of carrying out an attack on a Kenyan base.", ":19"},
		{"Kenyan police detained three Somalis suspected of planning an attack on a Nairobi mall.", ":13"},
		// a crowd crush or a collapsing canopy is an accident, not force
		{"Kenyan families mourned the victims of a stadium crush that killed 15 people.", ":19"},
		{"Thousands marched in Nairobi over the collapse of a market canopy that killed 15 people.", ":19"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
