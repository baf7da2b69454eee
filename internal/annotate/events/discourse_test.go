package events_test

import "testing"

// Sentences written for the discourse rules (discourse.go), the clause
// cut in lists and the reporter of a misattached conjoined verb.
func TestDiscourseRules(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// "the council" is the council named before.
		{"The United Nations Security Council met on Friday. Ghana asked the council to send observers.", "GHA>IGOUNO:020"},
		// a bare role takes the country it was last named with.
		{"Ghanaian police patrolled the border. Togolese soldiers fired on the police near Lome.", "TGOMIL>GHACOP:193"},
		// the author of a request that is rejected is its target.
		{"The court rejected a request by Togo.", "JUD>TGO:120"},
		// "..., and Peru and Chile have held talks": not met by X.
		{"Spain hosted talks between Ghana and Togo in Madrid, and Peru and Chile have held talks of their own.", "GHA>TGO:040"},
		// accused hangs from "organised" but the reporter accuses.
		{"The Ghanaian government said the march was organised by Lome and accused Togo of meddling.", "GHAGOV>TGO:1123"},
	} {
		d := analyze(t, tc.text, "2024-03-01")
		got := brief(d)
		if !contains(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	d := analyze(t, "Spain hosted talks between Ghana and Togo in Madrid, and Peru and Chile have held talks of their own.", "2024-03-01")
	if got := brief(d); contains(got, "GHA>PER:040") || contains(got, "GHA>CHL:040") {
		t.Errorf("clause cut: got %s, want no GHA>PER or GHA>CHL", got)
	}
}
