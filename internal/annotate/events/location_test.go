package events_test

import "testing"

// TestPlaceOfAttack: an attack on a place is aimed at that place's people
// and located there, whether the place hangs on the verb or on its object.
func TestPlaceOfAttack(t *testing.T) {
	for _, tc := range []struct{ text, want, where string }{
		{"Israel launched a military operation in Gaza.", "ISR>PSE:19", "Gaza"},
		{"Russia shelled positions around Kramatorsk.", "RUS>UKR:19", "Kramatorsk"},
		{"Azerbaijani troops attacked positions near Stepanakert.", "AZEMIL>ARM:19", "Stepanakert"},
	} {
		d := analyze(t, tc.text, "2024-01-10")
		if got := brief(d); !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
		found := false
		for _, e := range d.Events {
			found = found || e.Location == tc.where
		}
		if !found {
			t.Errorf("%q: no event located in %s", tc.text, tc.where)
		}
	}
}
