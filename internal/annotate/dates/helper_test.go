package dates

import (
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/testutil"
)

// analyse segments a text and finds its times against published.
func analyse(text, published string) *doc.Doc {
	d := doc.New("t", text)
	d.Meta.Published = published
	segment.Split(d)
	Find(d)
	return d
}

// sharedDir locates ../shared, or skips.
func sharedDir(t testing.TB) string { return testutil.Shared(t) }
