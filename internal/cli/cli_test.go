package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.bin")
	os.WriteFile(bin, []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2}, 0o644)
	big := filepath.Join(dir, "big.txt")
	if f, err := os.Create(big); err == nil {
		f.Truncate(200 << 20) // sparse: no 200 MB written to disk
		f.Close()
	}
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"help", []string{"help"}, 0, ""},
		{"unknown flag", []string{"analyze", "--nope"}, 2, "unknown flag"},
		{"bad date", []string{"analyze", "--published", "17/08/2023", empty}, 2, "YYYY-MM-DD"},
		{"too many args", []string{"analyze", "a", "b"}, 2, "wrong number of arguments"},
		{"missing file", []string{"analyze", filepath.Join(dir, "none.txt")}, 1, "none.txt: no such file"},
		{"binary", []string{"analyze", bin}, 1, "x.bin: binary data"},
		{"empty", []string{"analyze", empty}, 1, "empty.txt: empty input"},
		{"directory", []string{"analyze", dir}, 2, "is a directory"},
		{"200 MB", []string{"analyze", big}, 1, "big.txt: 200 MB is over the 32 MB limit"},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.msg) {
			t.Errorf("%s: exit %d stderr %q, want exit %d and %q", tt.name, code, stderr, tt.code, tt.msg)
		}
		if tt.code != 0 && strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%s: error is not one line: %q", tt.name, stderr)
		}
	}
}

func TestAnalyzeStdinText(t *testing.T) {
	code, out, stderr := run(t, "Talks resumed in Brussels on Monday. Both sides attended.",
		"analyze", "--published", "2023-07-10", "--outlet", "Desk", "--id", "d1", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var j map[string]any
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	meta := j["meta"].(map[string]any)
	if j["schema"] != "sitrep.document/v1" || j["id"] != "d1" || meta["published"] != "2023-07-10" || meta["outlet"] != "Desk" {
		t.Errorf("unexpected header: %v %v", j["id"], meta)
	}
	if n := len(j["sentences"].([]any)); n != 2 {
		t.Errorf("%d sentences, want 2", n)
	}
}

func TestAnalyzeJSONLSkipsBadLines(t *testing.T) {
	in := `{"id":"a","text":"First report."}` + "\n" + `{"id":` + "\n" + `{"id":"c","text":"Third report."}` + "\n"
	code, out, stderr := run(t, in, "analyze", "--jsonl", "--workers", "3", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"id":"a"`) || !strings.Contains(lines[1], `"id":"c"`) {
		t.Errorf("want docs a and c in order, got %q", out)
	}
	if !strings.Contains(stderr, "-:2: malformed JSON") {
		t.Errorf("stderr should name line 2: %q", stderr)
	}
}

func TestAnalyzeJSONLOrder(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 200; i++ {
		b.WriteString(`{"id":"d` + strings.Repeat("x", i%7) + `","text":"Report number ` + strings.Repeat("long ", i%50) + `."}` + "\n")
	}
	_, out, _ := run(t, b.String(), "analyze", "--jsonl", "--workers", "4", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 200 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		if !strings.Contains(l, `"id":"d`+strings.Repeat("x", i%7)+`"`) {
			t.Fatalf("line %d out of order: %.60s", i, l)
		}
	}
}
