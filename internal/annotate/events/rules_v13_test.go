package events_test

import (
	"strings"
	"testing"

	"sitrep/internal/annotate/events"
)

// Sentences written for the v13 rules: tag and tree repairs that undo
// tagger and parser errors hiding an event trigger or cutting the agent
// from its verb (repair_tags_v13.go, repair_v13.go).
func TestRulesV13(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// an event noun read as an adjective heads its noun phrase
		{"Ukrainian forces launched a counteroffensive against Russian troops near Kharkiv.", "UKRMIL>RUSMIL:19"},
		{"Kenyan troops ended their offensive against the rebels in Somalia.", "KENMIL>REB:08"},
		{"Ethiopia's withdrawal from Eritrea began on Sunday.", "ETH>ERI:08"},
		// a plural after a possessive is no verb
		{"The United States lifted its arms embargo on Vietnam.", "USA>VNM:08"},
		// an irregular past between subject and object is the verb
		{"Police shot dead three Somali smugglers in Nairobi.", "COP>SOM"},
		// a nationality read as the verb opens the subject phrase
		{"Turkish warplanes struck Kurdish rebel positions in Iraq.", "TURMIL>REB:19"},
		// a past form before a participle and its noun is the verb
		{"The junta freed jailed Kenyan journalists on Thursday.", "GOV>KEN"},
	} {
		got := brief(analyze(t, tc.text, "2024-03-01"))
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
}

// TestTagRepairsV13 checks the v13 tag repairs on hand-tagged sentences
// written for this test, with near misses that must keep their tags.
func TestTagRepairsV13(t *testing.T) {
	l := events.MustLexicon()
	for _, tc := range []struct{ words, upos, want string }{
		{"the army halted its offensive in the north .", "DET NOUN VERB PRON ADJ ADP DET NOUN PUNCT",
			"DET NOUN VERB PRON NOUN ADP DET NOUN PUNCT"},
		{"kenya 's withdrawal from somalia began .", "PROPN PART ADJ ADP PROPN VERB PUNCT",
			"PROPN PART NOUN ADP PROPN VERB PUNCT"},
		// near miss: an adjective before its noun stays one
		{"the army moved its offensive weapons north .", "DET NOUN VERB PRON ADJ NOUN ADV PUNCT",
			"DET NOUN VERB PRON ADJ NOUN ADV PUNCT"},
		{"chad lifted its arms embargo .", "PROPN VERB PRON VERB NOUN PUNCT",
			"PROPN VERB PRON NOUN NOUN PUNCT"},
		// near miss: "her" may be an object, and a verb may follow it
		{"they saw her attacks fail .", "PRON VERB PRON VERB VERB PUNCT",
			"PRON VERB PRON VERB VERB PUNCT"},
		{"iran returned the seized ships .", "PROPN VERB DET VERB NOUN PUNCT",
			"PROPN VERB DET ADJ NOUN PUNCT"},
		{"rebels struck the town , officials said .", "NOUN NOUN DET NOUN PUNCT NOUN VERB PUNCT",
			"NOUN VERB DET NOUN PUNCT NOUN VERB PUNCT"},
		// near miss: a base form after a noun is left to the parser
		{"troops strike the town , officials said .", "NOUN NOUN DET NOUN PUNCT NOUN VERB PUNCT",
			"NOUN NOUN DET NOUN PUNCT NOUN VERB PUNCT"},
		{"the army freed detained students .", "DET NOUN NOUN VERB NOUN PUNCT",
			"DET NOUN VERB ADJ NOUN PUNCT"},
		{"somali pirates seized a tanker .", "VERB NOUN VERB DET NOUN PUNCT", "ADJ NOUN VERB DET NOUN PUNCT"},
		// near miss: an opening participle may head a clause of its own
		{"armed men seized a tanker .", "VERB NOUN VERB DET NOUN PUNCT", "VERB NOUN VERB DET NOUN PUNCT"},
	} {
		lower, upos := strings.Fields(tc.words), strings.Fields(tc.upos)
		l.FixTags(lower, upos)
		if got := strings.Join(upos, " "); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.words, got, tc.want)
		}
	}
}

// TestFixAclPredicate checks the repair of a finite verb read as a
// participle on its subject, on hand-built parses (sentences written for
// this test), and a near miss: a participle with no object stays one.
func TestFixAclPredicate(t *testing.T) {
	l := events.MustLexicon()
	for _, tc := range []struct {
		words, upos, rels string
		heads, want       []int
	}{
		{"relief agencies delivered tents to survivors .", "NOUN NOUN VERB NOUN ADP NOUN PUNCT",
			"compound root acl obj case obl punct", []int{2, 0, 2, 3, 6, 3, 2}, []int{2, 3, 0, 3, 6, 3, 3}},
		{"friday the senate approved a budget .", "PROPN DET NOUN VERB DET NOUN PUNCT",
			"root det obj acl det obj punct", []int{0, 3, 1, 3, 6, 4, 1}, []int{4, 3, 4, 0, 6, 4, 4}},
		// near miss: "the budget approved by the senate" has no object
		{"the budget approved by the senate .", "DET NOUN VERB ADP DET NOUN PUNCT",
			"det root acl case det obl punct", []int{2, 0, 2, 6, 6, 3, 2}, []int{2, 0, 2, 6, 6, 3, 2}},
	} {
		lower, upos, rels := strings.Fields(tc.words), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		l.FixTree(lower, upos, heads, rels)
		for i := range heads {
			if heads[i] != tc.want[i] {
				t.Errorf("%q: heads %v, want %v", tc.words, heads, tc.want)
				break
			}
		}
	}
}
