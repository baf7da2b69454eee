package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the dev2 (hV) rules (rules_hv.go,
// repair_tags_hv.go, table.txt "# dev2 (hV)"), in partial mode as the
// benchmarks are scored.
func TestRulesHV(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// civilians strike (143, 142) and block roads (144); states keep 19x
		{"Dock workers launched a strike on Monday.", ":143"},
		{"Managers and workers at the state oil company launched a strike in December.", ":143"},
		{"Farmers blocked a highway near Paris.", ":144"},
		{"Israel launched a strike on Gaza.", "ISR>PSE:190"},
		{"Turkish troops blocked the road to the border.", ":191"},
		// the noun of a purchase (061)
		{"India stepped up purchases of Russian oil.", "IND>:061"},
		// acts done jointly (061, 060)
		{"China and Laos jointly built a railway linking Kunming with Vientiane.", "CHN>LAO:061"},
		{"France and Germany jointly developed the new tank.", ":061"},
		{"Kazakhstan and Kyrgyzstan jointly manage the reservoir.", "KAZ>KGZ:060"},
		// extradition with a by-agent (063)
		{"The extradition of the former minister by Spain to Argentina took place in May.", "ESP>GOV:063"},
		// refuge granted, the giver read from "in" or "by" (075)
		{"The former president was granted refuge in Brazil.", "BRA>:075"},
		{"The general was granted asylum in Chile.", "CHL>"},
		{"The opposition leader was given asylum by Sweden.", "SWE>"},
		// quantity heads: the counted noun is the object
		{"Turkey took in more than a million asylum seekers last year.", "TUR>:075"},
		{"Britain handed back more than a hundred looted artefacts to Ghana.", "GBR>GHA:0842"},
		{"Washington withheld $300 million in military financing from Cairo.", "USA>:162"},
		// tag repairs: "graves", "tribunal" are nouns
		{"Investigators of the war crimes tribunal exhumed mass graves near the town.", ":094"},
		// a protest's aim is folded into it
		{"A small group of students marched in Tunis to demand the release of their teachers.", ":141"},
		// coordinating positions (050)
		{"Paris and Berlin coordinated their positions before the summit.", "FRA>DEU:050"},
		// wounding an office holder (185)
		{"Gunmen wounded the governor of the province on Monday.", "REB>:185"},
		// a time limit for an act is an ultimatum (139); for a diplomat
		// to leave, an expulsion (174)
		{"Iraq gave the inspectors three days to finish their work.", "IRQ>:139"},
		{"The junta gave the French ambassador 48 hours to leave the country.", ":174"},
		{"Moscow accused an American diplomat of spying and gave him a week to leave.", "RUS>:174"},
		// capitals the tagger reads as an adverb or auxiliary
		{"Moscow expelled two diplomats.", "RUS>:166"},
		{"Beijing expelled two diplomats.", "CHN>:166"},
		// cooperating in a task (060)
		{"Kenya and Uganda cooperated in clearing mines along the border.", "KEN>UGA:060"},
		// military formations act as armed forces
		{"A platoon fired on the crowd near the square.", "MIL>"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: a state's strike, built alone, no refuge, a
		// protest's demand, money not withheld, positions not coordinated
		{"Israel launched a strike on Gaza.", ":14"},
		{"China built a railway in Laos.", ":06"},
		{"France and Germany jointly condemned the attack.", ":06"},
		{"The president was given a warm welcome in India.", ":075"},
		{"Jordan took in more than a million people.", ":075"},
		{"A small group of students marched in Tunis to demand the release of their teachers.", ":10"},
		{"Police coordinated the search for the missing girl.", ":05"},
		{"Gunmen wounded two soldiers near the border.", ":185"},
		{"The first shot and the last were fired by police.", ":19"},
		{"The court gave the lawyers a week to respond.", ":139"},
		{"Russia gave Ukraine a loan last week.", ":139"},
		{"The president gave a speech on Monday.", ":13"},
		{"Kenya and Uganda cooperated closely at the summit.", ":06"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(got+" ", tc.notWant) {
			t.Errorf("%q:\n got %s\nmust not contain %s", tc.text, got, tc.notWant)
		}
	}
}
