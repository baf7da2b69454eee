package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	db := corpusDB(t)
	code, out, errOut := runCLI("export", "--db", db, "--format", "gdelt")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	// Two fixture documents with two events each that happened (a third,
	// negated event is left out by default).
	if code != 0 || len(lines) != 4 || strings.Count(lines[0], "\t") != 60 || !strings.Contains(errOut, "exported 4 events") {
		t.Fatalf("gdelt: exit %d, %d lines, stderr %q\n%s", code, len(lines), errOut, out)
	}
	file := filepath.Join(t.TempDir(), "ev.csv")
	code, _, errOut = runCLI("export", "--db", db, "--format", "csv", "--code", "046", "-o", file)
	data, err := os.ReadFile(file)
	if code != 0 || err != nil || strings.Count(string(data), "\n") != 3 || !strings.Contains(errOut, "to "+file) {
		t.Fatalf("csv: exit %d, %v, stderr %q\n%s", code, err, errOut, data)
	}
	code, out, _ = runCLI("export", "--db", db, "--format", "jsonl", "--include-negated", "--limit", "3")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("jsonl: exit %d\n%s", code, out)
	}
	for _, args := range [][]string{
		{"export", "--db", db},
		{"export", "--db", db, "--format", "xls"},
		{"export", "--db", db, "--format", "gdelt", "--quad", "9"},
		{"export", "--db", db, "--format", "gdelt", "--context", "gardening"},
	} {
		if code, _, errOut := runCLI(args...); code != 2 {
			t.Errorf("%v: exit %d (%s), want 2", args[3:], code, errOut)
		}
	}
}
