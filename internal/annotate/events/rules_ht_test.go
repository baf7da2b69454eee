package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the dev2 (hT) lines of table.txt and
// objclass.txt, aid received from a giver (received_aid.go), report
// attributions that are no object, and atomic bombs dropped
// (weapons.go), in partial mode as the benchmarks are scored.
func TestRulesHT(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 071 paying out money, 070 channelling aid
		{"The World Bank disbursed $400 million to Kenya on Tuesday.", ">KEN:071"},
		{"Norway channelled emergency aid to Sudan through local groups.", "NOR>SDN:07"},
		// 072 arms handed, given or supplied, with the @arms class
		{"Poland handed Ukraine a batch of rocket launchers.", "POL>UKR:072"},
		{"Egypt gave Libya dozens of howitzers last year.", "EGY>LBY:072"},
		// the report's source is not the object: arms, not intelligence
		{"Iran supplied Russia with hundreds of drones, according to Ukrainian intelligence.", "IRN>RUS:072"},
		// aid received from a named giver is the giver's act
		{"Ukraine received tanks from Poland in March.", "POL>UKR:072"},
		{"Lebanon obtained a loan from Qatar.", "QAT>LBN:071"},
		{"Jordan received food aid from Saudi Arabia.", "SAU>JOR:07"},
		// 073 treating the sick, 075 taking in refugees
		{"Doctors from Cuba treated thousands of patients in Haiti.", ":073"},
		{"Sweden took in thousands of asylum seekers in 2015.", "SWE>:075"},
		// 062 joint exercises begun, training alongside, joint patrols
		{"Japanese and Indian troops began joint exercises near Delhi on Monday.", "JPNMIL>INDMIL:062"},
		{"Greek soldiers trained alongside Cypriot units last month.", "GRCMIL>CYPMIL:062"},
		{"Indian and French warships held a joint patrol in the Arabian Sea.", ":062"},
		// 09 setting up an inquiry, documenting abuses, reviewing strikes
		{"The human rights council set up a commission of inquiry into killings in Sudan.", ":090"},
		{"Human Rights Watch documented abuses by Ethiopian soldiers.", ":092"},
		{"The army reviewed the air strike that killed four farmers.", "MIL>:093"},
		{"Dutch experts examined the downing of the airliner.", ":093"},
		// 20 weapons of mass destruction dropped, whole communities expelled
		{"Syrian aircraft dropped chemical weapons on the town of Douma.", ":2041"},
		{"The United States dropped an atomic bomb on Nagasaki.", "USA>:2042"},
		{"The junta expelled the country's entire Chinese community in 1978.", ":201"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: the object is not of the class
		{"Poland handed Ukraine a list of demands.", ":072"},
		{"The hospital treated the matter as urgent.", ":073"},
		{"Kenya set up a commission on trade with Uganda.", ":09"},
		{"The army reviewed its budget on Monday.", ":093"},
		{"The embassy expelled two diplomats from Chad.", ":201"},
		// exercises begun alone show force, not cooperation
		{"Chinese troops began exercises near Taiwan on Monday.", ":062"},
		// training with equipment is no partner
		{"Kenyan soldiers trained with new rifles last month.", ":062"},
		// a patrol of one's own is no cooperation
		{"Indian warships held a patrol in the Arabian Sea.", ":062"},
		// a delegation received is a visit hosted, arms not received
		{"Jordan received a delegation from Saudi Arabia.", ":07"},
		// aid received with no giver named codes nothing
		{"Ukraine received tanks in March.", ":072"},
		// soldiers dropping their own weapons use no force
		{"The soldiers dropped their weapons and fled.", ":19"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
