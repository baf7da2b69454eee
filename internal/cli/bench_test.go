package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchBatches runs bench over a small corpus of our own in batches
// smaller than the corpus, so that a partial last batch is flushed too.
func TestBenchBatches(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 7; i++ {
		b.WriteString(`{"id":"r` + string(rune('a'+i)) + `","published":"2023-01-10","text":"Azerbaijan closed the road to Armenia on Monday, officials said."}` + "\n")
	}
	b.WriteString(`{"id":` + "\n") // a bad record is counted as failed
	name := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := run(t, "", "bench", "--workers", "2", "--batch", "3", name)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "documents 7 (failed 1)") || !strings.Contains(out, "batch 3") {
		t.Errorf("want 7 documents, 1 failed, batch 3 in:\n%s", out)
	}
	if !strings.Contains(out, "syntax/v1") {
		t.Errorf("want per-stage times in:\n%s", out)
	}
}
