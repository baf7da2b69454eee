package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the v8 rules: a stated possible act of force or
// sanction is a threat, a stated refusal of a future cooperative act is a
// rejection, wanting and seeking to act are intents, a support verb with
// an act as its object reports that act, and the thing an act is about
// (its nominal object) is not a second event.
func TestRulesV8(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// possible act of sanction in reported words: a threat (13)
		{"Kenya may impose sanctions on Uganda, its foreign minister said.", "KEN>UGA:13"},
		// "would not provide": a refusal (12), no longer negated
		{"Chile said it would not provide aid to Peru.", "CHL>PER:12"},
		// wanting to attack is a threat of force
		{"Peru wants to attack Chile.", "PER>CHL:138"},
		// seeking to deepen ties is an intent (03), not an appeal (02)
		{"Kenya is seeking to strengthen cooperation with Uganda.", "KEN>UGA:03"},
	} {
		got := brief(analyze(t, tc.text, "2024-03-01"))
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	// What an act is about is folded into it: calling off a strike is one
	// concession, not also a strike.
	for _, tc := range []struct{ text, notWant string }{
		{"The Kenyan teachers union called off the strike against the government.", ":14"},
		{"Egypt lodged a complaint with Israel over the raid on Gaza.", ":19"},
	} {
		if got := brief(analyze(t, tc.text, "2024-03-01")); strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
