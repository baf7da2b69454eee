package quantities

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

// analyse segments and annotates a text.
func analyse(text string) *doc.Doc {
	d := doc.New("t", text)
	segment.Split(d)
	Find(d)
	return d
}

// sharedDir locates ../shared relative to this package, or skips.
func sharedDir(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared not found at %s: skipping test on third-party data", dir)
	}
	return dir
}
