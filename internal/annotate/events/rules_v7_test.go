package events_test

import "testing"

// Sentences written for the v7 rules: the author of a criticised act named
// by a nationality adjective, a vow of force as a threat, and a pair
// ("the two countries") that leaves out the mediator, a ceasefire aimed
// at the other side of the last fight, a yield to "such sieges".
func TestRulesV7(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Egypt denounced the Israeli strikes on Gaza.", "EGY>ISR:111"},
		{"Iran condemned the American sanctions.", "IRN>USA:111"},
		{"Turkey voiced concern over the Greek drills.", "TUR>GRC:111"},
		{"Iran lashed out at Saudi Arabia.", "IRN>SAU:111"},
		{"Hamas vowed to retaliate against Israel.", "PSEREB>ISR:13"},
		// The other side of the last fight is the one asked to stop.
		{"Kenyan troops attacked Uganda. The Ugandan government called for an immediate ceasefire.", "UGAGOV>KENMIL:0256"},
		// "such sieges" points back to whoever laid the last siege.
		{"Chile imposed a blockade on the Peruvian border. Peru said it will not give in to such sieges.", "PER>CHL:12"},
		{"Kenya and Uganda clashed on the border. Ethiopia offered to mediate between the two countries.", "ETH>KEN:039"},
		{"Kenya and Uganda clashed on the border. Ethiopia offered to mediate between the two countries.", "ETH>UGA:039"},
	} {
		d := analyze(t, tc.text, "2024-03-01")
		got := brief(d)
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	// The talks one is ready to hold are the intent, not a second event.
	if got := brief(analyze(t, "Pakistan said it was ready to hold talks with India.", "2024-03-01")); got != "PAK>IND:036" {
		t.Errorf("intent to meet: got %s, want PAK>IND:036 alone", got)
	}
	// A pledge of restraint stays an intent to cooperate.
	if got := brief(analyze(t, "Hamas vowed not to attack Israel.", "2024-03-01")); containsPrefix(got, "PSEREB>ISR:13") {
		t.Errorf("vow of restraint coded as a threat: %s", got)
	}
}
