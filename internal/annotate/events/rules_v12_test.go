package events_test

import (
	"strings"
	"testing"

	"sitrep/internal/annotate/events"
)

// Sentences written for the v12 rules: patients found when the role
// finders leave an act by a named agent without one (lasttargets.go), a
// title that codes the name it describes, and a clause repair.
func TestRulesV12(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// an agreement between coordinated parties is between them
		{"Kenya and Uganda have agreed to hold joint patrols next month.", "KEN>UGA:03"},
		{"Bolivia and Peru agreed to a truce after three days of clashes.", "BOL>PER:03"},
		// a demand is addressed to the agent of the clause it asks for
		{"Kenyan officials demanded that Uganda pay for the damage.", "KENGOV>UGA:10"},
		// an act on a thing of a nationality targets that country
		{"Chad threatened to bomb Sudanese villages.", "TCD>SDN:13"},
		{"Peru is opposed to Chilean arbitration in the dispute.", "PER>CHL:12"},
		// an act done in another country targets that country
		{"Kenya lifted the travel ban in Somalia on Friday.", "KEN>SOM:08"},
		{"Turkey has reinforced its troops in Syria after the shelling.", "TUR>SYR:15"},
		// the patient of the act the trigger embeds
		{"The Peruvian government refused to ease the curfew on Bolivians living near the border.", "PERGOV>BOL:12"},
		// a title codes the name it describes
		{"Kenyan President John Mwangi rejected an offer from Uganda.", "KENGOV>UGA:12"},
		// a verb with no complement shares those of its conjunct
		{"The Kenyan Red Cross donated and delivered medicine to Uganda.", "NGOHLHIRC>UGA:070"},
		// the clause of a demand noun names the addressee
		{"The rebels insisted on their demands that Chad's government free the prisoners.", "REB>TCDGOV:10"},
		// the recipient hung deep in the object phrase
		{"Kenyan ministers agreed to provide about 20 million dollars of aid for Uganda.", "KENGOV>UGA:03"},
		// the purpose of the embedded act names the patient
		{"Kenya is willing to send weapons to help defend Uganda.", "KEN>UGA:0"},
		// a title set off after the name codes it
		{"Mary Okello, the United Nations envoy, demanded that Chad release the prisoners.", "IGOUNO>TCD:10"},
		// the author of the thing acted on
		{"Chadian police prevented the demonstration organised by students in the capital.", "TCDCOP>EDU:17"},
		// a second party hung as an apposition of the first
		{"Libyan leader Omar Haddad and Chadian President Paul Okello today signed a treaty of friendship.", "LBYGOV>TCDGOV:05"},
		// a threat targets the agent of its "unless" condition
		{"Rebels threatened to attack the city unless Chad released the prisoners.", "REB>TCD:13"},
		// "used X to disperse Y": the purpose names the patient
		{"Chadian riot police used tear gas to disperse demonstrators in the capital.", "TCDCOP>OPP:17"},
		// a place on the noun of the verb's complement, or on its compound
		{"Kenyan troops remained on alert in Somalia after the raids.", "KENMIL>SOM:15"},
		{"Kenya eased emergency measures in Somalia province on Wednesday.", "KEN>SOM:08"},
		// a mandative subjunctive read as a noun is the clause's verb
		{"Amnesty International demanded that the Ugandan government end curbs on the press.", "NGOHRIAMN>UGAGOV:10"},
		// a participle after a possessive modifies the noun after it
		{"Omar Haddad, Kenya's leading human rights activist, staged a hunger strike in prison.", "KEN"},
	} {
		got := brief(analyze(t, tc.text, "2024-03-01"))
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near miss: an agreement by one party names no other
		{"Kenya agreed to hold elections next month.", "KEN>"},
		// near miss: an act in one's own country has no foreign target
		{"Kenya lifted the curfew in Nairobi on Friday.", "KEN>KEN"},
		// near miss: a nationality adjective on the agent's own things
		{"Chad threatened to close Chadian markets.", "TCD>TCD"},
		// near miss: a condition whose agent is the threatener's own
		{"Chad threatened to attack the rebels unless Chadian troops were withdrawn.", "TCD>TCD"},
		// near miss: an instrument used with no purpose names no patient
		{"Chadian police used tear gas on Sunday.", "TCDCOP>"},
		// near miss: a that-clause whose verb is tagged right is left alone
		{"Kenya said that the Ugandan forces attacked the town.", ":10"},
		// near miss: a thing with no author named has no target
		{"Chadian police prevented the demonstration in the capital.", "TCDCOP>"},
		// near miss: a passive verb shares no object with its conjunct
		{"The ministry said two of its soldiers were killed and accused Chad of arming the rebels.", ">TCD:19"},
		// near miss: the supporters of a titled person are not his office
		{"About 300 supporters of former President Omar Haddad blocked roads in the capital.", "GOV>"},
	} {
		if got := brief(analyze(t, tc.text, "2024-03-01")) + " "; strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}

// TestFixNominalRoot checks the repair of a subject phrase read as the
// root, on a hand-built parse (sentence written for this test).
func TestFixNominalRoot(t *testing.T) {
	l := events.MustLexicon()
	lower := strings.Fields("about 200 supporters of former president omar haddad blocked roads .")
	upos := strings.Fields("ADV NUM NOUN ADP ADJ PROPN PROPN PROPN VERB NOUN PUNCT")
	heads := []int{2, 3, 0, 9, 9, 7, 9, 7, 3, 9, 3}
	rels := strings.Fields("advmod nummod root case amod nmod:desc nsubj flat acl obj punct")
	if !l.FixTree(lower, upos, heads, rels) {
		t.Fatal("not repaired")
	}
	want := []int{2, 3, 9, 7, 7, 7, 3, 7, 0, 9, 9}
	for i := range want {
		if heads[i] != want[i] {
			t.Fatalf("heads %v, want %v", heads, want)
		}
	}
	// near miss: a participle with no subject of its own stays
	lower = strings.Fields("troops stationed in chad .")
	upos = strings.Fields("NOUN VERB ADP PROPN PUNCT")
	heads = []int{0, 1, 4, 2, 1}
	rels = strings.Fields("root acl case obl punct")
	if l.FixTree(lower, upos, heads, rels) && heads[1] == 0 {
		t.Errorf("participle without subject made the root: %v", heads)
	}
}

// TestFixFrontedParticiple checks the repair of a participle opening the
// subject phrase, on a hand-built parse (sentence written for this test).
func TestFixFrontedParticiple(t *testing.T) {
	l := events.MustLexicon()
	lower := strings.Fields("newly elected president mwangi has rejected the offer .")
	upos := strings.Fields("ADV VERB PROPN PROPN AUX VERB DET NOUN PUNCT")
	heads := []int{2, 6, 4, 2, 6, 0, 8, 6, 6}
	rels := strings.Fields("advmod advcl nmod:desc obj aux root det obj punct")
	if !l.FixTree(lower, upos, heads, rels) {
		t.Fatal("not repaired")
	}
	if heads[3] != 6 || rels[3] != "nsubj" || heads[1] != 4 {
		t.Errorf("heads %v rels %v", heads, rels)
	}
	// near miss: a participle clause set off by a comma stays
	lower = strings.Fields("having rejected the offer , kenya left .")
	upos = strings.Fields("AUX VERB DET NOUN PUNCT PROPN VERB PUNCT")
	heads = []int{2, 7, 4, 2, 2, 7, 0, 7}
	rels = strings.Fields("aux advcl det obj punct nsubj root punct")
	l.FixTree(lower, upos, heads, rels)
	if rels[3] != "obj" {
		t.Errorf("comma-set clause repaired: %v", rels)
	}
}

// TestFixTagsV12 checks the two tag repairs (sentences written for this
// test).
func TestFixTagsV12(t *testing.T) {
	l := events.MustLexicon()
	lower := strings.Fields("kenya demanded that the ugandan government end curbs on trade .")
	upos := strings.Fields("PROPN VERB SCONJ DET ADJ NOUN NOUN NOUN ADP NOUN PUNCT")
	if !l.FixTags(lower, upos) || upos[6] != "VERB" {
		t.Errorf("subjunctive not retagged: %v", upos)
	}
	lower = strings.Fields("haddad , kenya 's leading rights activist , staged a strike .")
	upos = strings.Fields("PROPN PUNCT PROPN PART VERB NOUN NOUN PUNCT VERB DET NOUN PUNCT")
	if !l.FixTags(lower, upos) || upos[4] != "ADJ" {
		t.Errorf("possessed participle not retagged: %v", upos)
	}
	lower = strings.Fields("police banned the rally organised by students .")
	upos = strings.Fields("NOUN VERB DET ADV VERB ADP NOUN PUNCT")
	if !l.FixTags(lower, upos) || upos[3] != "NOUN" {
		t.Errorf("determined noun not retagged: %v", upos)
	}
	// near miss: an adverb after a determiner that names no act stays
	lower = strings.Fields("the very next day police left .")
	upos = strings.Fields("DET ADV ADJ NOUN NOUN VERB PUNCT")
	l.FixTags(lower, upos)
	if upos[1] != "ADV" {
		t.Errorf("very retagged: %v", upos)
	}
	// near miss: a that-clause with its verb tagged stays
	lower = strings.Fields("kenya said that the ugandan army attacked the town .")
	upos = strings.Fields("PROPN VERB SCONJ DET ADJ NOUN VERB DET NOUN PUNCT")
	l.FixTags(lower, upos)
	if upos[5] != "NOUN" || upos[6] != "VERB" {
		t.Errorf("tags changed: %v", upos)
	}
}
