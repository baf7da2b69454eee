package events_test

import (
	"strings"
	"testing"
)

// Cause nouns (causes.go): hazards, epidemics and accidents kill without
// acting, also when the parser reads the clause marker before them as a
// preposition.
func TestCauseAgents(t *testing.T) {
	for _, tc := range []struct{ text, notWant string }{
		{"The king sent condolences to the people of Chile after the February earthquake killed thousands.", ":20"},
		{"The king sent condolences to the people of Chile after the February earthquake killed thousands.", ":19"},
		{"Aid agencies appealed for tents after the cyclone killed hundreds of villagers.", ":19"},
		{"Schools stayed shut for weeks after the volcano eruption destroyed the valley's roads.", ":17"},
		{"Crews cleared the line after the derailment killed nine passengers.", ":19"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(got+" ", tc.notWant) {
			t.Errorf("%q:\n got %s\nmust not contain %s", tc.text, got, tc.notWant)
		}
	}
	// Near miss: an armed actor after the same marker still acts.
	for _, tc := range []struct{ text, want string }{
		{"Villagers fled after Sudanese soldiers killed twelve farmers.", "SDNMIL>"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// An armed group handing over its own weapons surrenders (0874); a state
// giving its weapons to another arms it (072).
func TestSurrenderedArms(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The rebels gave their rifles to the peacekeepers.", ":0874"},
		{"The militia gave its weapons to the peacekeepers.", ":0874"},
		{"Poland gave its old tanks to Ukraine.", "POL>UKR:072"},
		{"Lithuania sent its air-defence units to Poland.", "LTU>POL:07"},
		{"The Hezbollah militia gave rockets to the Houthis.", ":072"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}
