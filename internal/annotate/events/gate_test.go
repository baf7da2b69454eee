package events

import (
	"strings"
	"testing"
)

// TestGateIrregularCompounds: every verb lemma of the table that is a
// prefix plus an irregular verb ("uphold", "overrun") has the prefixed
// irregular forms ("upheld", "overran"), so the gate admits them.
func TestGateIrregularCompounds(t *testing.T) {
	l := MustLexicon()
	lemmas := map[string]bool{}
	for _, ps := range l.t.byForm {
		for _, p := range ps {
			if !p.Noun {
				lemmas[p.Lemma] = true
			}
		}
	}
	for lem := range lemmas {
		for _, pre := range []string{"up", "over", "under", "with", "out", "fore", "mis", "re"} {
			base, ok := strings.CutPrefix(lem, pre)
			if !ok || len(base) < 3 {
				continue
			}
			for _, f := range irregular[base] {
				if !l.Trigger(pre + f) {
					t.Errorf("table verb %q lacks form %q", lem, pre+f)
				}
			}
		}
	}
	for _, w := range []string{"upheld", "sank", "sunk", "overran", "retook", "struck", "fought"} {
		if !l.Trigger(w) {
			t.Errorf("%q is not a trigger form", w)
		}
	}
}
