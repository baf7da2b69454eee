package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A model file named by ModelEnv replaces the embedded one; a missing
// file is an error, not a silent fallback.
func TestLoadFrom(t *testing.T) {
	m, err := loadFrom("")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), modelData) {
		t.Fatal("the embedded model does not save back to its own bytes")
	}
	p := filepath.Join(t.TempDir(), "syntax.bin")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := loadFrom(p)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Azerbaijan", "closed", "the", "road", "."}
	if a, b := m.Analyze(words), f.Analyze(words); a.Heads[0] != b.Heads[0] || a.Rels[0] != b.Rels[0] {
		t.Errorf("model from file parses differently: %v %v", a, b)
	}
	if _, err := loadFrom(filepath.Join(t.TempDir(), "missing.bin")); err == nil {
		t.Error("a missing model file was accepted")
	}
}
