package events_test

import "testing"

// Sentences written for the v5 table words (a pass over every CAMEO code
// with few words). Each must code its act.
func TestRulesV5(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Chad expelled Sudan's ambassador and closed its embassy in Khartoum.", "TCD>"},
		{"Egypt offered mediation between Ethiopia and Sudan.", "EGY>"},
	} {
		d := analyze(t, tc.text, "2024-03-01")
		got := brief(d)
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
}
