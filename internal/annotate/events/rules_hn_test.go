package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hN rule: a nationality adjective on an act
// noun names the act's author (nominal_nationality.go), in partial mode
// as the benchmarks are scored.
func TestRulesHN(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Israeli occupation of southern Lebanon continued.", "ISR>LBN:192"},
		{"The Russian invasion of Ukraine began in February.", "RUS>UKR:192"},
		{"The American withdrawal from Afghanistan ended in August.", "USA>AFG:0874"},
		{"Iranian sanctions on Britain took effect on Monday.", "IRN>GBR:163"},
		// an adjective before the act still names its author
		{"The Turkish naval blockade of the port lasted a month.", "TUR>"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// the adjective is on the patient, not the act
		{"Hamas claimed attacks on Israeli soldiers.", "ISR>"},
		{"Hamas claimed attacks on Israeli soldiers.", "ISRMIL>"},
		// a state of affairs has a place, not an author
		{"The Syrian war entered its tenth year.", "SYR>"},
		{"Palestinian unrest spread to two more towns.", "PSE>"},
		// a mediator's ceasefire is not the mediator's truce
		{"Israel and Hamas accepted a Russian-brokered ceasefire.", "RUS>"},
		{"A Russian-brokered ceasefire took effect on Sunday.", "RUS>"},
		// the adjective describes the compound noun: the prisoners
		{"Officials in Gaza waited for the Palestinian prisoner release.", "PSE>"},
		// an act in an adjunct is the background, not the event
		{"Three villages have lived under Israeli occupation since 1967.", "ISR>"},
		{"Farmers returned to their fields after the American withdrawal.", "USA>"},
		// the place of make is not the author
		{"Police found Russian-made rockets near the border.", "RUS>"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, " "+tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
