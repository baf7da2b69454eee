package events_test

import "testing"

// Sentences written for the v6 agent and modality rules: a quantity
// subject, the authors of a repressed act, reciprocal order, threats
// stated as intents. Each must give the events listed (a prefix match on
// the sorted brief form).
func TestRulesV6(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// The parser makes "Up" the subject; the people counted act.
		{"Up to 500 Kurdish refugees began a hunger strike in Athens.", "REF>:142"},
		// The students whose riot is put down are its target.
		{"Kenyan police quelled a riot by Ugandan students.", "KENCOP>UGAEDU:175"},
		// First mentioned first, once.
		{"Kenyan and Ugandan officials held talks.", "KENGOV>UGAGOV:040"},
		// An announced future act of coercion is a threat.
		{"Chile confirmed on Monday it would tighten the blockade of Peru.", "CHL>PER:138"},
	} {
		d := analyze(t, tc.text, "2024-03-01")
		got := brief(d)
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	// The reciprocal meeting is coded once, not also as a meeting with no one.
	if got := brief(analyze(t, "Kenyan and Ugandan officials held talks.", "2024-03-01")); got != "KENGOV>UGAGOV:040" {
		t.Errorf("reciprocal talks: got %s, want KENGOV>UGAGOV:040 alone", got)
	}
}
