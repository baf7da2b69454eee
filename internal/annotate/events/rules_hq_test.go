package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hQ rules (violence_hq.go, repair_tags_hq.go,
// table.txt "# hQ"): CAMEO 12, 13, 16-20 in partial mode, as the
// benchmarks are scored.
func TestRulesHQ(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 164: walking out of talks breaks them off
		{"The Houthis walked out of the peace talks in Muscat.", ">:164"},
		// 202: killing by the hundreds or thousands
		{"Government troops killed hundreds of villagers in the north.", ":202"},
		{"Sudanese forces killed thousands of civilians.", ":202"},
		// 201: driving people from their homes
		{"The Myanmar army drove thousands of villagers from their homes.", "MMRMIL>CVL:201"},
		// 128: acting in defiance of a rule or demand
		{"Iran tested a satellite launcher in defiance of a UN resolution.", "IRN>IGOUNO:128"},
		// 193: a fight between two sides reported as a fact
		{"Fighting broke out between Sudanese troops and rebels.", "SDNMIL>REB:193"},
		{"Heavy fighting erupted between Israel and Hezbollah on Monday.", "ISR>LBNREB:193"},
		// 185, 190: the subject of "survived" is the target of the attack
		{"Ecuador's president survived an assassination attempt on Tuesday.", ">ECUGOV:185"},
		{"The Nigerian president survived an attack by gunmen.", "REB>NGAGOV:190"},
		// 1381 through the "military" tag repair: a conditional threat
		{"The Chinese military said it could blockade Taiwan's ports if separatists crossed a red line.", "CHNMIL>TWN:1381"},
		// 012: a warning that states how things stand
		{"The UN envoy for South Sudan warned that the peace deal was closer to collapse than ever.", ":012"},
		// forcing out of a country is expelling (1663, 174)
		{"Indonesia forced the aid agencies out of Aceh.", "IDN>:1663"},
		{"The junta forced foreign journalists out of the country.", ":174"},
		// 011, 052, 161
		{"The Pakistani army declined to say whether troops had crossed the border.", "PAKMIL>:011"},
		{"Russia's ambassador rejected criticism of Syria.", "RUSGOV>SYR:052"},
		{"Niger's junta revoked the immunity of the French ambassador.", ">FRAGOV:161"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses
		{"Dockers walked out over pay.", ":164"},
		{"Sudanese troops killed twelve villagers.", ":202"},
		{"Protesters blocked roads in Hong Kong in defiance of the police.", ":128"},
		{"Russia closed its border because of fighting between Armenia and Azerbaijan.", "ARM>AZE:193"},
		{"Egypt's security chief warned that police will no longer tolerate rallies by the opposition.", ":012"},
		{"The Pakistani army refused to withdraw from the town.", ":011"},
		{"Russia rejected the American proposal.", ":052"},
		{"Hungary forced the government to resign.", ":174"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
