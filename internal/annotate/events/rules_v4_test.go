package events_test

import "testing"

// Sentences written for the v4 rules: bombs as unconventional violence,
// null-target meetings, investigations and protests in the default
// pipeline, pronouns in a complement read as a relative clause, and the
// v4 table words.
func TestRulesV4(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Rebels killed four Kenyan soldiers with a roadside bomb near the border.", "REB>KENMIL:1833"},
		{"Suicide bombers attacked Pakistani police in the market.", ">PAKCOP:1831"},
		{"Ghana's parliament met on Monday to discuss the budget.", "GHALEG>:040"},
		{"French police said they were investigating the incident.", "FRACOP>:093"},
		{"Togo said on Friday that it had compensated Ghana for the losses.", "TGO>GHA:080"},
		{"Chilean soldiers stormed the Bolivian embassy.", "CHLMIL>BOL"},
		{"Serbian police injured three Kosovar protesters.", "SRBCOP>"},
	} {
		d := analyze(t, tc.text, "2024-03-01")
		got := brief(d)
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
}

// containsPrefix reports whether an item of the brief list starts with p.
func containsPrefix(list, p string) bool {
	for i := 0; i+len(p) <= len(list); i++ {
		if (i == 0 || list[i-1] == ' ') && list[i:i+len(p)] == p {
			return true
		}
	}
	return false
}
