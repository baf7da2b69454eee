package events_test

import "testing"

// Sentences written for the v3 rules: "condemned the move", pronouns in
// reported clauses and region-named authorities.
func TestRulesV3(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Ghana installed a checkpoint on the border road near Togo's refugees. Togo condemned the move.", "TGO>GHA:111"},
		{"Japan said it had halted aid to Serbia.", "JPN>SRB:1623"},
		{"The Karabakh authorities accused Azerbaijan of cutting the pipeline.", "ARMGOV>AZE:112"},
	} {
		d := analyze(t, tc.text, "2024-03-01")
		got := brief(d)
		if !contains(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
}

func contains(list, item string) bool {
	for i := 0; i+len(item) <= len(list); i++ {
		if list[i:i+len(item)] == item && (i+len(item) == len(list) || list[i+len(item)] == ' ' || list[i+len(item)] == ',') {
			return true
		}
	}
	return false
}
