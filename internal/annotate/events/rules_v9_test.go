package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the v9 rules (issue 4): exchanges coded both ways
// with a "between" pair the parser splits, participles with a by-agent
// ("talks hosted by X") aimed at the parties of the clause around them,
// speech acts misattached to a reported clause, concrete aid with no
// named recipient, the agent of "wounded by fire from X", and the end
// point of a predicted act.
func TestRulesV9(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// an exchange of fire: both directions
		{"Fighting broke out on Monday in an exchange of fire between Kenyan troops and Ugandan police.", "KENMIL>UGACOP:193"},
		{"Fighting broke out on Monday in an exchange of fire between Kenyan troops and Ugandan police.", "UGACOP>KENMIL:193"},
		// the host receives the parties who met
		{"The presidents of Peru and Chile met in Lima at talks hosted by Brazil.", "BRA>CHL:043"},
		// the mediator mediates for those who agree
		{"Kenyan forces agreed to a truce mediated by Ethiopia.", "ETH>KEN"},
		// the reporter, not the uninvolved troops, makes the appeal, and
		// the troops' "not" is not the appeal's
		{"Chile said its troops were not involved and called on Peru to stop the attack.", "CHL>PER:02"},
		// concrete aid with no named recipient
		{"The Red Cross delivered flour and medical supplies to the region.", "NGOHLHIRC>:07"},
		// the agent of a means: fire from a side
		{"A Peruvian soldier was wounded by fire from the Chilean side.", "CHL>PERMIL:19"},
		// an accusation conjoined with what the speaker said about a road
		{"Uganda's envoy said the border offered a route for trade and accused Kenya of smuggling arms.", "UGAGOV>KEN:11"},
	} {
		got := brief(analyze(t, tc.text, "2024-03-01"))
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// "until the rebels surrendered" under "would": no asserted surrender
		{"Kenya said its army would fight until the rebels surrendered.", ":0874 "},
		// helping, with no concrete aid and no recipient, is no event
		{"The Red Cross said it would help.", ":07"},
	} {
		if got := brief(analyze(t, tc.text, "2024-03-01")) + " "; strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
