package events_test

import "testing"

// TestFormsV2 covers the forms added in the second table version: role
// agents, nominal frames, purpose and content clauses, stated intents,
// "the two countries", obstruction by protesters and tagger repairs.
// The sentences are the project's own.
func TestFormsV2(t *testing.T) {
	for _, tc := range []struct{ form, text, want string }{
		{"role agent with nationality", "Chadian police arrested Sudanese journalists.", "TCDCOP>SDNMED:173"},
		{"bare role agent", "Rebels attacked Mali.", "REB>MLI:190"},
		{"protesters block a road", "Protesters blocked the main road to Chad.", "OPP>TCD:144"},
		{"appeal for aid", "Mali appealed to Norway for food aid.", "MLI>NOR:0233"},
		{"demand for talks", "Peru demanded talks with Chile.", "PER>CHL:106"},
		{"refusal to release", "Chad refused to release Sudanese prisoners.", "TCD>SDNCVL:1243"},
		{"purpose clause not coded", "France sent troops to Mali to attack Niger.", "FRA>MLI:074"},
		{"content of accusation", "Chad accused Sudan of attacking Niger.", "TCD>SDN:112"},
		{"stated intent", "Norway will send food to Chad, its foreign minister said.", "NOR>TCD:0333"},
		{"two countries", "Chad and Sudan quarrelled. Qatar mediated between the two countries.", "QAT>SDN:045 QAT>TCD:045"},
		{"third-person verb read as noun", "Chad disallows aid deliveries to Sudan.", "TCD>SDN:1245"},
		{"meet demands, negated", "Peru will not meet Chile's demands.", "PER>CHL:123?"},
		{"participle is no event", "Chad visited the besieged towns of Sudan.", "TCD>SDN:042"},
	} {
		t.Run(tc.form, func(t *testing.T) {
			d := analyze(t, tc.text, "2024-01-10")
			if got := brief(d); got != tc.want {
				t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}
