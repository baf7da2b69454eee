package tone

import "testing"

func TestDataParses(t *testing.T) {
	l := Default()
	if l.Len() < 300 {
		t.Errorf("only %d entries", l.Len())
	}
	for w, want := range map[string]int{
		"blockade": -1, "massacred": -1, "inhuman": -1, "trapped": -1, "peace": 1,
		"cooperation": 1, "agreement": 1, "de-escalate": 1, "table": 0, "the": 0,
	} {
		if got := l.Score(w); got != want {
			t.Errorf("Score(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"* peace", "+ Peace", "- ab*"} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q): want error", src)
		}
	}
}
