package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hC2 rules (rules_hc2.go and the "# dev3
// (hC2)" lines of table.txt), in partial mode as the benchmarks are
// scored.
func TestRulesHC2(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// disapproval drawn from others: the reactors criticise the agent
		{"Kenya raised fuel taxes, sparking anger among Ugandan farmers.", "UGACVL>KEN:111"},
		{"Kenya doubled its fuel taxes, drawing sharp criticism from the Ugandan government.", "UGAGOV>KEN:111"},
		{"The Kenyan court acquitted four officers, prompting outrage among Ugandan students.", "UGAEDU>KENJUD:111"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: praise is no disapproval; outrage with no act
		// that drew it names no target; an unjudged reaction is none
		{"Kenya closed the border, drawing praise from the Ugandan government.", ":111"},
		{"There was outrage among Ugandan farmers after the storm.", ":111"},
		{"Kenya closed the border, drawing a reaction from the Ugandan government.", ":111"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
