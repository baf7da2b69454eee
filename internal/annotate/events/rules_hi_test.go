package events_test

import (
	"strings"
	"testing"

	"sitrep/internal/annotate/events"
)

// Sentences written for the hI rules (generic armed actors and military
// platforms, aid and cooperation phrasings, a nationality read as a verb,
// sports results), in partial mode as the benchmarks are scored.
func TestRulesHI(t *testing.T) {
	for _, tc := range []struct{ text, src, code string }{
		// creed names of armed groups are rebels (REB)
		{"Jihadists attacked a police station in northern Burkina Faso.", "REB>", ":19"},
		{"Paramilitary fighters shelled a market in Darfur.", "REB>", ":19"},
		// a platform with a nationality acts for that country's military
		{"Turkish drones struck Kurdish militant positions in northern Iraq.", "TURMIL>", ":19"},
		{"A Chilean frigate fired on a Peruvian fishing boat.", "CHLMIL>", ":19"},
		// providing security or escorts is military protection (074)
		{"Kenyan troops provided security for the aid convoys crossing into Somalia.", "KENMIL>", ":074"},
		// joining naval exercises with a partner is military cooperation (062)
		{"Peruvian marines joined naval exercises with Chile off Valparaiso.", "PERMIL>CHL", ":062"},
		// field hospitals, flown-in supplies, vaccines: humanitarian aid (073)
		{"Qatari relief workers set up field hospitals in flood-hit districts of Pakistan.", "QATNGO>", ":073"},
		{"Egypt flew in medical supplies to the Gaza Strip on Sunday.", "EGY>", ":073"},
		{"Jordan airlifted tents and blankets to quake-hit towns in Turkey.", "JOR>", ":073"},
		{"UNICEF delivered vaccines to children in Yemen.", "IGOUNOKID>", ":073"},
		// releasing funds is economic aid (071)
		{"Japan released 3 million dollars in humanitarian assistance for cyclone victims in Bangladesh.", "JPN>", ":07"},
		// handing back or returning boats is returning property (0842)
		{"Kenya handed back two boats to Uganda.", "KEN>UGA", ":0842"},
		{"Kenya returned the fishing boats to Uganda.", "KEN>UGA", ":0842"},
		// a number before a participle before its noun: the participle modifies
		{"Russia returned three seized Ukrainian ships to Kyiv.", "RUS>", ":0842"},
		// "back" after a modal is the verb: intent to support (032)
		{"Peru said it would back Chile's candidacy for the council seat.", "PER>CHL", ":03"},
	} {
		got := analyzePartial(t, tc.text) + " "
		if !containsPrefix(got, tc.src) || !strings.Contains(got, tc.code) {
			t.Errorf("%q:\n got %s\nwant %s with a %s event", tc.text, got, tc.src, tc.code)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near miss: a suicide bomber stays without a code
		{"A suicide bomber killed ten people in Kabul.", "MIL>"},
		// near miss: providing details is no protection
		{"Peru provided details of the plan to Chile.", ":074"},
		// near miss: setting up a committee is no aid
		{"Chile set up a committee to study the border issue.", ":07"},
		{"Chilean rebels set up camp in the forest near the border.", ":07"},
		// sports results are no force
		{"Kenya beat Uganda 2-1 in the football final in Nairobi.", ":18"},
		{"Fiji beat Samoa 32-17 in the rugby test in Suva.", ":18"},
		// predictions of likelihood are no acts
		{"Analysts said Peru was unlikely to impose sanctions on Chile.", ":163 "},
		{"Chile is likely to recall its ambassador from Peru.", ":161 "},
		// natural hazards are no actors using force
		{"A strong earthquake struck northern Chile on Tuesday.", ":19"},
		{"Floods hit southern Kenya, killing 40 people.", ":19"},
		{"A powerful cyclone battered the coast of Mozambique.", ":19"},
	} {
		if got := analyzePartial(t, tc.text) + " "; strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s", tc.text, got, tc.notWant)
		}
	}
	// near miss: a range of numbers is no score
	if got := analyzePartial(t, "Rebels killed 12-15 villagers."); !strings.Contains(got, ":19") {
		t.Errorf("range read as a score: got %s", got)
	}
	// near miss: a natural hazard does not excuse the army's shelling
	if got := analyzePartial(t, "After the earthquake, Chilean troops shelled rebel positions."); !strings.Contains(got, ":19") {
		t.Errorf("shelling after a quake lost: got %s", got)
	}
	// near miss: "would come back to" stays a return trip
	if got := analyzePartial(t, "The Chilean envoy said he would come back to Lima next week."); strings.Contains(got, ":05") {
		t.Errorf("come back read as support: got %s", got)
	}
	// beating back an attack is still force
	if got := analyzePartial(t, "Kenyan troops beat back an al-Shabaab attack near the border."); !strings.Contains(got, ":18") {
		t.Errorf("beat back lost: got %s", got)
	}
}

// TestFixNationalityVerb checks the retagging of a nationality adjective
// read as a verb, on hand-built tags (sentences written for this test).
func TestFixNationalityVerb(t *testing.T) {
	l := events.MustLexicon()
	lower := strings.Fields("turkish drones struck rebel camps .")
	upos := strings.Fields("VERB NOUN VERB NOUN NOUN PUNCT")
	if !l.FixTags(lower, upos) || upos[0] != "ADJ" {
		t.Errorf("turkish not retagged: %v", upos)
	}
	lower = strings.Fields("polish boots and shoes .")
	upos = strings.Fields("VERB NOUN CCONJ NOUN PUNCT")
	l.FixTags(lower, upos)
	if upos[0] != "VERB" {
		t.Errorf("polish retagged: %v", upos)
	}
}
