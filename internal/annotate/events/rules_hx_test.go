package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hX rules (modifier_person.go,
// background_hx.go, describing_hx.go), in partial mode as the
// benchmarks are scored: wire-style words that describe or recall, not
// report, an act.
func TestRulesHX(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// the acts themselves still code
		{"Kenya released three Ugandan officials on Monday.", ":0841"},
		{"Nigeria released Cameroonian prisoners on Monday.", ":0841"},
		{"India has doubled its troop presence in the Himalayan region.", ":154"},
		{"Kenya closed the border crossing after it said two soldiers were shot by Somali militants.", ":19"},
		{"The rebels released three kidnapped aid workers after a month in captivity.", ":0841"},
		{"Israeli jets struck two villages in south Lebanon, killing 12 people.", ":19"},
		{"The army shelled the town on Friday and killed five civilians.", ":19"},
		{"Police took the opposition leader into custody on Monday.", ":173"},
		{"Witnesses saw soldiers shooting at the crowd in Mandalay.", ":19"},
		{"Thousands of demonstrators protested against the election results in Nairobi.", ":141"},
		{"The Pentagon reviewed the drone strike that killed aid workers.", ":093"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// a person word modifying a thing names no person
		{"Kenya's electoral commission released the official results of the vote on Monday.", ":084"},
		// acts inside a clause of setting reached through a report verb
		{"Syria complained to the United Nations on Monday over two Israeli air raids last week in which it said 20 people were killed.", ":19"},
		{"Iraq threatened to shell Iranian towns in retaliation for an air raid on the border city where, it said, 30 people were killed.", ":19"},
		{"Lebanon withdrew its envoy after the army shelled the town and killed five villagers.", ":19"},
		// a relative clause in the content of an investigation
		{"The army said it was reviewing the circumstances of the strike that killed seven aid workers.", ":19"},
		// being held is no arrest
		{"A Kenyan activist died while in Ugandan police custody, his lawyer said.", ":173"},
		// participles that describe a participant
		{"Egypt's Foreign Minister refused to meet Qatar's visiting envoy in Cairo.", ":042"},
		{"Egypt's president has refused to meet Jordan's visiting King Abdullah in Cairo.", ":042"},
		{"Riot police used tear gas to disperse demonstrators protesting the election results.", ":141"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
