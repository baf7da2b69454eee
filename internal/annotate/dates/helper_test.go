package dates

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

// analyse segments a text and finds its times against published.
func analyse(text, published string) *doc.Doc {
	d := doc.New("t", text)
	d.Meta.Published = published
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
