package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hJ object classes (objclass.txt): a verb
// codes with any object of the semantic class its CAMEO code means, and
// not with an object outside it.
func TestRulesHJObjectClasses(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 063: any person wanted for trial; 0841: any person held
		{"Colombia handed over the cartel boss to the United States on Monday.", "COL>USA:063"},
		{"Kenya handed over the warlord to the tribunal.", ":063"},
		{"Peru handed over the ringleader to Bolivian authorities.", "PER>BOLGOV:063"},
		{"The militia handed over the captives to the Red Cross.", ":0841"},
		{"The rebels freed the abductees on Sunday.", ":0841"},
		// 0842: any place or property
		{"Russia handed over the disputed island to Japan.", ":0842"},
		{"Britain handed back the peninsula to Argentina.", ":0842"},
		// 0831: handing over power
		{"The military junta handed over the presidency to the parliament speaker.", ":0831"},
		// 0874: surrendering a place or weapons
		{"The rebels surrendered the town to the army.", ":0874"},
		// 063: extradition
		{"Spain extradited the banker to Argentina.", ":063"},
		// 083: adopting a law or reform
		{"The Kenyan parliament approved a new electoral law on Tuesday.", ":083"},
		{"Tunisia's assembly adopted a constitution.", ":083"},
		// 16: suspending ties, cooperation, aid, talks
		{"Mali suspended its military cooperation with France.", ":160"},
		{"Ghana suspended its membership of the union.", ":160"},
		{"Japan froze relations with Peru.", ":16"},
		{"Germany stopped its payments to Greece.", ":162"},
		{"Bolivia halted its talks with Chile.", ":164"},
		// 0874, 150: any armed force; 072: any weapon
		{"Uganda withdrew two battalions from Somalia.", "UGA>:0874"},
		{"Chad deployed a contingent to Niger.", "TCD>NER:150"},
		{"Iran supplied drones to Russia.", "IRN>RUS:072"},
		// 120: refusing a permission asked for
		{"The Turkish governor denied the permit for the march.", ":120"},
		{"Israel refused clearance to the Gaza flotilla.", "ISR>:120"},
	} {
		got := analyzePartial(t, tc.text)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	// near misses: the same verbs with objects outside the class
	for _, tc := range []struct{ text, not string }{
		{"The minister handed over the report to the committee.", ":084"},
		{"Peru suspended the football match after the riot.", ":16"},
		{"Chile halted its production of copper for a week.", ":16"},
		{"The court approved the merger of the two banks.", ":083"},
		{"The company adopted a new logo.", ":083"},
		{"The rebels surrendered on Friday.", ":0842"},
		{"The Turkish governor denied the charges against him.", ":120"},
		{"The troops returned to their base.", ":084"},
	} {
		got := analyzePartial(t, tc.text)
		if strings.Contains(got, tc.not) {
			t.Errorf("%q: got %s, want no %s", tc.text, got, tc.not)
		}
	}
}

// A future auxiliary on an intent frame states the intent: "would be
// ready to" is coded 03; a hedge or a condition keeps it hypothetical.
func TestRulesHJFutureIntent(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Egypt said it would be ready to host talks between Sudan and Chad.", "EGY>"},
		{"Norway will be willing to send troops to Mali.", "NOR>MLI:03"},
	} {
		got := analyzePartial(t, tc.text)
		if !strings.Contains(got, tc.want) || strings.Contains(got, tc.want+"?") {
			t.Errorf("%q:\n got %s\nwant %s, asserted", tc.text, got, tc.want)
		}
	}
	// near misses: a hedge or a condition keeps the intent hypothetical
	for _, text := range []string{
		"Egypt said it could be ready to host talks between Sudan and Chad.",
		"Norway would be willing to send troops to Mali if the UN asked.",
		"If asked, Norway would be willing to send troops to Mali.",
	} {
		for _, e := range strings.Fields(analyzePartial(t, text)) {
			if strings.Contains(e, ":03") && !strings.HasSuffix(e, "?") {
				t.Errorf("%q: got asserted %s, want it hypothetical", text, e)
			}
		}
	}
}
