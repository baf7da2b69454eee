package events_test

import (
	"path/filepath"
	"testing"
)

// TestHeldOutFloor holds root-code recall and precision on
// testdata/heldout.jsonl, 400 sentences of our own written without
// looking at the coder (see testdata/README.md: never study it, read the
// aggregate only). Partial mode, as the benchmarks. First measured at
// R 0.650 P 0.776 (default mode R 0.429 P 0.792); R 0.672 P 0.801 after
// the coverage-set rules, R 0.681 P 0.802 after the dev-set rules,
// R 0.692 P 0.807 after the hJ object classes (default mode R 0.502
// P 0.841), R 0.694 P 0.808 at the end of the third session, R 0.708
// P 0.814 after the fourth session's hQ, hT and hU rounds, R 0.712 P 0.812
// with the hP round merged (one more event found, one more false: the
// precision floor moved down 0.002 with it, knowingly; it is not studied,
// so the rule behind it cannot be found without tuning to the set);
// R 0.717 P 0.818 with the hR round merged, R 0.721 P 0.824 at the end
// of the fourth session.
func TestHeldOutFloor(t *testing.T) {
	floor(t, "held-out", filepath.Join("testdata", "heldout.jsonl"), partialStages(), 0.720, 0.823)
}

// TestHeldOut2Floor holds the scores on testdata/heldout2.jsonl, a second
// held-out set (300 wire-style sentences, 356 events) written at the start
// of the fourth session by a writer who read neither the coder nor the
// benchmarks nor the other sets' sentences, and never ran a coder. The
// first set had served as a regression guard for a whole session, so its
// aggregate had become a weak signal for choosing rules; this one is fresh.
// First measured at R 0.646 P 0.717 (default mode R 0.463 P 0.717);
// R 0.657 P 0.720 after the hQ, hT and hU rounds; R 0.654 P 0.725 with
// the hP and hR rounds merged (one event fewer found, two false ones
// fewer: the recall floor moved down 0.003 with it, knowingly, as the
// set is not studied); R 0.669 P 0.743 at the end of the fourth session,
// most of the last gain from the rounds on dev3 (fresh wire sentences).
func TestHeldOut2Floor(t *testing.T) {
	floor(t, "held-out 2", filepath.Join("testdata", "heldout2.jsonl"), partialStages(), 0.668, 0.742)
}
