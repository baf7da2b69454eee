package quantities

import (
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/testutil"
)

// analyse segments and annotates a text.
func analyse(text string) *doc.Doc {
	d := doc.New("t", text)
	segment.Split(d)
	Find(d)
	return d
}

// sharedDir locates ../shared, or skips.
func sharedDir(t testing.TB) string { return testutil.Shared(t) }
