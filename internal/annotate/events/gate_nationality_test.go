package events_test

import "testing"

// TestGateNationality: a sentence whose only agent is a nationality
// adjective or demonym before a noun outside the role table is parsed
// and coded; a sentence with a trigger and no agent at all is not parsed.
func TestGateNationality(t *testing.T) {
	for _, c := range []struct {
		text   string
		parsed bool
	}{
		{"Turkish drones hit a convoy near the town on Tuesday.", true},
		{"Ethiopian tanks shelled Eritrean positions overnight.", true},
		{"The Moroccan occupation of the territory continued.", true},
		{"Syrians seized the checkpoint on Sunday.", true},
		{"Upheld on appeal, the ruling stands.", false}, // trigger, no agent
		{"Coffee prices struck a new low on Tuesday.", false},
		{"The Kenyan Wildlife Service investigated the poaching.", false}, // adjective in an uncoded name
	} {
		d := analyze(t, c.text, "2024-03-05")
		parsed := false
		for _, tok := range d.Tokens {
			if tok.UPOS != "" {
				parsed = true
			}
		}
		if parsed != c.parsed {
			t.Errorf("%q: parsed %v, want %v", c.text, parsed, c.parsed)
		}
	}
	if got := brief(analyze(t, "Ethiopian tanks shelled Eritrean positions overnight.", "2024-03-05")); got == "" {
		t.Errorf("Ethiopian tanks shelled ...: no event")
	}
}
