package events_test

import (
	"path/filepath"
	"testing"
)

// TestCoverageFloor holds root-code recall and precision on
// testdata/coverage.jsonl: 621 sentences of our own, a few for every
// CAMEO code, written from the codebook's code names in the style of wire
// news (one gold event each, the code the sentence was written for). It
// is a development set, studied freely, so it guards against rules that
// break one code's common wording while fixing another; it says nothing
// about unseen text (the benchmarks' odd halves do that).
func TestCoverageFloor(t *testing.T) {
	// Reached: R 0.931 P 0.953 after the coverage rules (rules_coverage_test.go;
	// three gold codes corrected), R 0.805 P 0.887 before them (partial
	// mode, as the benchmarks). R 0.942 P 0.954 after the v13 tag and tree
	// repairs (rules_v13_test.go). R 0.945 P 0.954 after the hJ object
	// classes (rules_hj_test.go). R 0.947 P 0.954 with the hM gate
	// (nationality agents, irregular forms: gate_nationality.go). R 0.953
	// P 0.956 with the hQ rules (rules_hq_test.go).
	floor(t, "coverage", filepath.Join("testdata", "coverage.jsonl"), partialStages(), 0.954, 0.955)
}

// TestDevSetFloor holds the scores on testdata/dev.jsonl, 350 wire-style
// sentences of our own (a development set). First measured at R 0.682
// P 0.805 (partial mode); R 0.716 P 0.812 with the hG lexicon lines and
// tag repair, R 0.733 P 0.827 after the first round's merge; R 0.750
// P 0.838 with the hI round (generic armed actors, aid phrasings, tag
// repairs, sports and natural-hazard vetoes); R 0.759 P 0.850 with the hK
// round (denied content clauses, accident subjects, aid and handover
// lines); R 0.767 P 0.854 with the hJ object classes.
func TestDevSetFloor(t *testing.T) {
	// R 0.770 P 0.855 with the hM gate (gate_nationality.go). R 0.781
	// P 0.859 with the hO object classes (rules_ho_test.go). R 0.810
	// P 0.877 with the hQ rules (rules_hq_test.go). R 0.838 P 0.883 with
	// the hP rules merged (rules_hp_test.go), R 0.849 P 0.892 with hR,
	// R 0.855 P 0.893 with hV (rules_hv_test.go), R 0.861 P 0.896 with hW,
	// R 0.861 P 0.899 with hX, R 0.866 P 0.899 with hY (rules_hy_test.go).
	floor(t, "dev", filepath.Join("testdata", "dev.jsonl"), partialStages(), 0.868, 0.901)
}

// TestDev2Floor holds the scores on testdata/dev2.jsonl, 320 sentences of
// our own (331 events) written blind at the start of the fourth session in
// the manner of codebook illustrations, with extra weight on the roots the
// coder missed most on unseen text (06-09, 14-18). A development set.
// First measured at R 0.734 P 0.828 (default mode R 0.529 P 0.828);
// R 0.789 P 0.858 with the hU round (rules_hu_test.go); R 0.825 P 0.877
// with hQ and hT merged, R 0.828 P 0.886 with hP and hR, R 0.882
// P 0.898 with the hV round (rules_hv_test.go), R 0.903 P 0.905 with hW, R 0.903
// P 0.910 with hX (rules_hx_test.go).
func TestDev2Floor(t *testing.T) {
	// R 0.773 P 0.852 with the dev2 (hT) lines, aid received from a
	// giver and report attributions (rules_ht_test.go).
	floor(t, "dev2", filepath.Join("testdata", "dev2.jsonl"), partialStages(), 0.902, 0.909)
}

// TestDev3Floor holds the scores on testdata/dev3.jsonl, 263 wire-style
// sentences of our own (385 events, most sentences with two to four),
// written blind late in the fourth session. A development set. First
// measured at R 0.553 P 0.677 (default mode R 0.335 P 0.678); 12 gold
// events removed where the writer coded background acts or trailing
// accusation clauses that the house convention leaves out (notes say
// which); R 0.630 P 0.725 after the hA2 and hB2 rounds (rules_ha2_test.go,
// rules_hb2_test.go), R 0.630 P 0.730 with hC2 and hD2.
func TestDev3Floor(t *testing.T) {
	floor(t, "dev3", filepath.Join("testdata", "dev3.jsonl"), partialStages(), 0.629, 0.729)
}
