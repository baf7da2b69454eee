package cli

import (
	"strings"
	"testing"
)

// TestNullTargetsFlag codes an act with no target only under
// --null-targets, and forgets the mode on the next run.
func TestNullTargetsFlag(t *testing.T) {
	text := "The Chilean army launched a major offensive on Tuesday."
	codes := func(args ...string) string {
		var got []string
		for _, e := range analyzedEvents(t, text, args...) {
			got = append(got, e.Source+":"+e.Code)
		}
		return strings.Join(got, " ")
	}
	if got := codes("--null-targets"); !strings.Contains(got, "CHLMIL:190") {
		t.Errorf("with --null-targets: events %q, want CHLMIL:190", got)
	}
	if got := codes(); got != "" {
		t.Errorf("without --null-targets: events %q, want none", got)
	}
	code, out, _ := run(t, "", "--null-targets", "stages")
	if code != 0 || !strings.Contains(out, "events/v1+null-targets") {
		t.Errorf("stages under --null-targets: exit %d, output lacks the mode's stage name:\n%s", code, out)
	}
}
