package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hZ actor rules: coordinated nationality
// adjectives (repair_tree_hz.go), a capital as the recipient of a verb of
// giving or sending (capital_recipient_hz.go), adviser and military
// instructor roles (internal/lexicon/data/roles.tsv), and "the country"
// re-mentioning a state named earlier in the sentence
// (country_anaphor_hz.go).
func TestRulesHZ(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// both coordinated nationalities are parties
		{"French and German officials met in Berlin on Tuesday.", "FRAGOV>DEUGOV:040"},
		{"French and German foreign ministers met on Tuesday.", "FRAGOV>DEUGOV:040"},
		{"Russian and Chinese warships held joint drills on Monday.", "RUSMIL>CHNMIL:062"},
		{"Iraqi and Turkish officials conferred in Baghdad about water releases.", "IRQGOV>TURGOV:040"},
		// a capital after "to" of a verb of giving or sending is its state
		{"Germany sent aid to Moscow.", "DEU>RUS:073"},
		{"France sent troops to Kyiv.", "FRA>UKR:074"},
		{"Germany sent aid to Addis Ababa.", "DEU>ETH:073"},
		// advisers and military instructors
		{"Iranian advisers helped the militia capture the town.", "IRNGOV>"},
		{"Iranian military advisers helped the militia.", "IRNMIL>"},
		// the country, the kingdom: the state named before
		{"Iran rejected the proposal, and the country then expelled two French diplomats.", "IRN>FRAGOV:166"},
		{"Iran rejected the proposal, and the country's foreign ministry said it would expel French diplomats.", "IRN>FRAGOV:13"},
		{"Jordan rejected the proposal, and the kingdom said it would expel Israeli diplomats.", "JOR>ISRGOV:13"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(" "+got+" ", " "+tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// nationalities joined by "or" are not both parties
		{"Turkish or Iranian troops shelled the village.", "TURMIL>IRNMIL"},
		// a capital after "in", or after a verb of motion, stays a place
		{"Erdogan met Putin in Moscow.", ">RUS:"},
		{"Protesters marched to Moscow.", ">RUS:"},
		// a bare adviser of a company is no government
		{"A financial adviser to the company denied the report.", "GOV>"},
		// two states before it: "the country" is either
		{"Iran told Iraq that the country would expel French diplomats.", "IRQ>FRAGOV"},
		{"Iran told Iraq that the country would expel French diplomats.", "IRN>FRAGOV"},
		// not a re-mention
		{"Iran rejected the proposal, and a country expelled two French diplomats.", "IRN>FRAGOV:166"},
		// in an object "the country" is the setting, not a target
		{"Iran rejected the proposal before Israeli jets struck the country.", ">IRN:19"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s", tc.text, got, tc.notWant)
		}
	}
}
