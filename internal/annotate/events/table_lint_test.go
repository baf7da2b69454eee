package events

import (
	"strings"
	"testing"
)

// TestTableNoCopies: a line that repeats an earlier one only makes the
// trace name the later id for the same sense. Engineers append lines in
// parallel, so copies creep in at merges; a removed copy stays as a
// comment because line numbers are the pattern ids.
func TestTableNoCopies(t *testing.T) {
	seen := map[string]int{}
	for n, line := range strings.Split(tableText, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || line[0] == '#' {
			continue
		}
		if first, ok := seen[line]; ok {
			t.Errorf("table.txt:%d repeats line %d: %q", n+1, first, line)
			continue
		}
		seen[line] = n + 1
	}
}
