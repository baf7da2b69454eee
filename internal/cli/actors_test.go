package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// analyzedEvent is what the flag tests read of an event.
type analyzedEvent struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// analyzedEvents runs "sitrep ARGS... analyze -" on text and returns the
// document's events.
func analyzedEvents(t *testing.T, text string, args ...string) []analyzedEvent {
	t.Helper()
	code, out, errOut := run(t, text, append(args, "analyze", "-")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var d struct {
		Events []analyzedEvent `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return d.Events
}

// TestActorsFlag codes made-up actors from a user dictionary, respects its
// date restrictions, and forgets the dictionary on the next run.
func TestActorsFlag(t *testing.T) {
	text := "Valoria attacked North Ridge on Monday. Marshal Oda Vance condemned North Ridge."
	actorsOf := func(args ...string) []string {
		var got []string
		for _, e := range analyzedEvents(t, text, args...) {
			got = append(got, e.Source+">"+e.Target)
		}
		return got
	}
	with := strings.Join(actorsOf("--actors", "testdata/actors.txt", "--published", "2021-05-01"), " ")
	if !strings.Contains(with, "VLR>NRD") {
		t.Errorf("with --actors: events %q, want VLR>NRD", with)
	}
	if !strings.Contains(with, "VLRGOV>NRD") {
		t.Errorf("with --actors in 2021: events %q, want VLRGOV>NRD (the 2020 restriction)", with)
	}
	if without := strings.Join(actorsOf(), " "); strings.Contains(without, "VLR") {
		t.Errorf("without --actors: events %q still use the dictionary", without)
	}
}

func TestActorsFlagErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"testdata/no-such-dictionary.txt", "no-such-dictionary.txt"},
		{"cli_test.go", "cli_test.go:"}, // not a dictionary: the error names file and line
	} {
		code, _, errOut := run(t, "", "--actors", tc.file, "explain", "Valoria attacked North Ridge.")
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("--actors %s: exit %d, stderr %q, want an error naming %q", tc.file, code, errOut, tc.want)
		}
	}
}
