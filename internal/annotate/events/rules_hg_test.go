package events_test

import (
	"strings"
	"testing"

	"sitrep/internal/annotate/events"
)

// Sentences written for the hG rules (lexicon lines from the CAMEO code
// names for misses on testdata/dev.jsonl, and a tag repair), in partial
// mode as the benchmarks are scored.
func TestRulesHG(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// an irregular past read as a noun between subject and object
		{"Chadian warplanes struck rebel camps near the border.", "TCDMIL"},
		{"Chadian drones struck suspected rebel positions near the border.", ""},
		// optimistic and pessimistic comments (013, 012)
		{"Peru's foreign minister said she was optimistic that the border talks with Chile would succeed.", "PERGOV"},
		{"Bolivia's finance minister was pessimistic about the talks with Peru.", "BOLGOV"},
		{"Kenya's president said he was hopeful that the dispute with Uganda would end soon.", "KENGOV"},
		// halting trade with a country is an embargo (163)
		{"Kenya halted imports from Uganda after the dispute over fishing rights.", "KEN>UGA:163"},
		{"Chad suspended exports to Libya on Monday.", "TCD>LBY:163"},
		// handing in weapons is demobilisation (0873)
		{"Hundreds of Chadian rebels handed in their weapons at a camp near the capital.", "TCDREB"},
		// lifting a suspension eases an administrative sanction (081)
		{"Kenya lifted the suspension of three opposition newspapers.", "KEN"},
		// speaking by telephone (041)
		{"The Chadian president spoke by phone with his Libyan counterpart on Sunday.", "TCDGOV"},
		{"Bolivia's president talked by telephone with the Peruvian leader.", "BOLGOV"},
		// weighing whether to act is considering a policy option (014)
		{"Peru is weighing whether to recall its ambassador from Chile.", "PER"},
	} {
		got := analyzePartial(t, tc.text)
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, code string }{
		{"Chadian warplanes struck rebel camps near the border.", ":19"},
		{"Chadian drones struck suspected rebel positions near the border.", ":19"},
		{"Peru's foreign minister said she was optimistic that the border talks with Chile would succeed.", ":013"},
		{"Bolivia's finance minister was pessimistic about the talks with Peru.", ":012"},
		{"Kenya's president said he was hopeful that the dispute with Uganda would end soon.", ":013"},
		{"Hundreds of Chadian rebels handed in their weapons at a camp near the capital.", ":0873"},
		{"Kenya lifted the suspension of three opposition newspapers.", ":081"},
		{"The Chadian president spoke by phone with his Libyan counterpart on Sunday.", ":04"},
		{"Bolivia's president talked by telephone with the Peruvian leader.", ":041"},
		{"Peru is weighing whether to recall its ambassador from Chile.", ":014"},
	} {
		if got := analyzePartial(t, tc.text) + " "; !strings.Contains(got, tc.code+" ") && !strings.Contains(got, tc.code) {
			t.Errorf("%q: got %s, want a %s event", tc.text, got, tc.code)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near miss: halting a strike is no embargo
		{"Kenyan dockworkers halted their strike on Friday.", ":163"},
		// near miss: handing in a petition is no demobilisation
		{"Chadian rebels handed in a list of demands to the mediators.", ":0873"},
		// near miss: speaking to reporters is no telephone call
		{"The Chadian president spoke to reporters in the capital.", ":041"},
		// near miss: weighing costs is no policy option
		{"Peru is weighing the costs of the new road.", ":014"},
	} {
		if got := analyzePartial(t, tc.text) + " "; strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}

// TestFixIrregularPast checks the retagging of an irregular past read as
// a noun, on hand-built tags (sentences written for this test).
func TestFixIrregularPast(t *testing.T) {
	l := events.MustLexicon()
	lower := strings.Fields("chadian warplanes struck rebel camps .")
	upos := strings.Fields("ADJ NOUN NOUN NOUN NOUN PUNCT")
	if !l.FixTags(lower, upos) || upos[2] != "VERB" {
		t.Errorf("struck not retagged: %v", upos)
	}
	// near miss: a participle-only form and "left" stay nouns
	lower = strings.Fields("the party left wing members met .")
	upos = strings.Fields("DET NOUN NOUN NOUN NOUN VERB PUNCT")
	l.FixTags(lower, upos)
	if upos[2] != "NOUN" {
		t.Errorf("left retagged: %v", upos)
	}
}
