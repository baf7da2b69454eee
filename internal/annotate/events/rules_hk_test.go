package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hK rules (acts in the content clause of a
// denied report, accidents and failing structures as killers, handing
// over gang figures, delivering shells, depositing money), in partial
// mode as the benchmarks are scored.
func TestRulesHK(t *testing.T) {
	for _, tc := range []struct{ text, src, code string }{
		// handing a gang figure to another state's authorities: 063
		{"Colombia handed over a drug cartel boss to Spanish authorities.", "COL>", ":063"},
		// intent to deliver artillery shells: military aid (0332)
		{"Spain said it was ready to deliver more artillery shells to Ukraine.", "ESP>", ":033"},
		// intent to deposit money: economic aid (0331)
		{"Qatar announced it would deposit $2 billion in Egypt's central bank.", "QAT>", ":033"},
		// the denial itself is still coded
		{"The Peruvian army denied media reports that its soldiers had fired on protesters.", "PERMIL>", ":016"},
	} {
		got := analyzePartial(t, tc.text) + " "
		if !containsPrefix(got, tc.src) || !strings.Contains(got, tc.code) {
			t.Errorf("%q:\n got %s\nwant %s with a %s event", tc.text, got, tc.src, tc.code)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// the act a denied report or claim describes is not asserted
		{"The Peruvian army denied media reports that its soldiers had fired on protesters.", ":19"},
		{"Chilean officials dismissed claims that Santiago had helped plan the raid on the border post.", ":07"},
		// a building or an accident kills no one by force
		{"Firefighters searched the ruins of a hotel building that killed 20 guests when it collapsed.", ":19"},
		{"A train crash killed 30 passengers in eastern India.", ":19"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
	// near miss: a relative clause with "that" as its subject is asserted
	if got := analyzePartial(t, "Chile condemned the report, and Chilean troops that had crossed the river shelled a Peruvian village."); !strings.Contains(got, ":19") {
		t.Errorf("relative clause act lost: %s", got)
	}
}
