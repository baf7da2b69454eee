package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestToCoNLLTag(t *testing.T) {
	cases := map[string]string{
		"O": "O", "B-PER": "B-PER", "I-GPE": "I-LOC", "B-FAC": "B-LOC",
		"B-NORP": "B-MISC", "I-EVENT": "I-MISC", "B-ORG": "B-ORG", "B-XYZ": "B-XYZ",
	}
	for in, want := range cases {
		if got := toCoNLLTag(in); got != want {
			t.Errorf("toCoNLLTag(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEvalConll runs the command on a tiny CoNLL file of our own.
func TestEvalConll(t *testing.T) {
	file := filepath.Join(t.TempDir(), "mini.conll")
	data := "-DOCSTART- -X- O O\n\nAngela B-PER\nMerkel I-PER\nvisited O\nParis B-LOC\n. O\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "eval", "conll", "--json", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep conllReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("bad JSON %q: %v", out, err)
	}
	if rep.Tokens != 5 || rep.Overall.Gold != 2 {
		t.Errorf("report = %+v", rep)
	}
	if code, _, errOut := run(t, "", "eval", "conll"); code != 2 || !strings.Contains(errOut, "exactly one") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}
