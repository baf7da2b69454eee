package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hP rules (roots 01, 03, 05-07: table.txt
// "# hP" blocks, objclass.txt @commodity and @displaced, evaluative.go,
// own_responsibility.go, ruled_out.go, warned_pessimism.go, would_not_say.go,
// signed_between.go, repair_tags_hp.go), in partial mode as the
// benchmarks are scored.
func TestRulesHP(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 011: refusing to say is declining comment
		{"The ministry refused to say whether troops had crossed the border.", ":011 "},
		{"Chile declined to disclose the terms of the loan.", "CHL>:011 "},
		{"Peru's foreign ministry would not say whether the envoy had left Lima.", ":011 "},
		// 014: exploring an option; an option not ruled out
		{"The government is exploring the option of early elections.", ":014 "},
		{"Turkey has not ruled out sending troops to Libya.", "TUR>LBY:014 "},
		{"Germany did not rule out military action against the rebels.", "DEU>REB:014 "},
		// 017: raising a flag
		{"The Palestinian Authority raised its flag over the new building.", "PSEGOV>:017 "},
		// 019: endorsing an assessment
		{"Egypt endorsed the UN assessment of the crisis.", "EGY>IGOUNO:019 "},
		// 012: a warning about a state of affairs
		{"The U.N. envoy warned that the peace deal in Sudan was close to collapse.", ":012 "},
		{"Germany's finance minister warned that prices would rise sharply next year.", "DEUGOV>:012 "},
		// 012, 013: an evaluation reported from its speaker
		{"The humanitarian situation in Haiti is catastrophic, the U.N. human rights chief said.", "IGOUNO>HTI:012 "},
		{"The violence in Haiti is likely to worsen, the U.N. human rights chief said.", "IGOUNO>HTI:012 "},
		{"Kenya said the situation in Somalia would deteriorate further.", "KEN>SOM:012 "},
		{"France said the talks with Iran were promising.", "FRA>IRN:013 "},
		// 015: a speaker saying it was responsible
		{"The Balochistan Liberation Army said it was responsible for the attack on the convoy.", ":015 "},
		{"Al-Shabaab said its fighters were responsible for the bombing in Mogadishu.", ":015 "},
		// 057: a passive signing between two parties, both ways
		{"The agreement between Chile and Peru was signed in Lima.", "CHL>PER:057 "},
		{"The agreement between Chile and Peru was signed in Lima.", "PER>CHL:057 "},
		{"A new trade deal was signed between Chile and Peru on Monday.", "CHL>PER:057 "},
		{"Bolivia and Paraguay renewed their border treaty.", ":057 "},
		// 050: bolstering ties
		{"Japan and Australia agreed steps to bolster their partnership.", "JPN"},
		// 050 reaffirming an alliance; 061 boosting trade
		{"Germany and France reaffirmed their alliance.", "DEU>FRA:050 "},
		{"Chile and Peru expanded trade in 2023.", "CHL>:061 "},
		// 061, 064
		{"Azerbaijan supplied gas to Italy.", "AZE>ITA:061 "},
		{"Britain passed intelligence to the Iraqi government.", "GBR>IRQGOV:064 "},
		// 071, 072, 073, 075
		{"The EU disbursed 500 million euros to Tunisia.", "IGOEUREEC>TUN:071 "},
		{"The World Bank granted a $500 million loan to Ghana.", ">GHA:071 "},
		{"The Pentagon announced a new $300 million weapons package for Ukraine.", ">UKR:072 "},
		{"The Red Cross distributed blankets to flood victims in Pakistan.", ":073 "},
		{"Red Cross helicopters evacuated the wounded from the besieged town.", ":073 "},
		{"Turkey hosts 3.5 million Syrian refugees.", "TUR>SYRCVL:075 "},
		{"Germany welcomed 800 refugees from Afghanistan.", "DEU>"},
		// 074: deploying monitors
		{"The OSCE deployed monitors to eastern Ukraine.", ">UKR:074 "},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses
		{"The ministry refused to allow the convoy through.", ":011"},
		{"Peru's foreign ministry did not say how many diplomats had left.", ":011"},
		{"The militia gave its weapons to the peacekeepers.", ":072"},
		{"Iran's army chief warned that Israel would face a crushing response.", ":012"},
		{"Azerbaijan's president warned Armenia that his country would use force.", ":012"},
		{"The situation in Gaza is desperate.", ":012"},
		{"Aid workers described a grim scene in the town.", ":012"},
		{"The situation in Haiti worsened in May.", ":012"},
		{"The army improved security in the capital.", ":013"},
		{"The two armies conducted joint air strikes on the rebels.", ":060"},
		{"Pakistani police said the Balochistan Liberation Army was responsible for the attack.", ":015"},
		{"The Taliban said they were not responsible for the killing.", ":015"},
		{"Hamas is responsible for the security of the crossing.", ":015"},
		{"The agreement was signed in Lima on Monday.", ":057"},
		{"Germany ruled out military action against the rebels.", ":014"},
		{"The government announced a stimulus package for farmers.", ":07"},
		{"Armenia and Azerbaijan agreed on a deal to exchange prisoners.", ":057"},
		{"Police welcomed the new recruits.", ":075"},
		{"The minister reaffirmed his opposition to the deal.", ":050"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
