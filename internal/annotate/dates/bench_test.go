package dates

import (
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/testutil"
)

// BenchmarkFind runs the stage (published date given) on the founding example (an 8.9 kB
// interview), segmentation excluded.
func BenchmarkFind(b *testing.B) {
	text := testutil.Seed(b)
	d := doc.New("bench", string(text))
	d.Meta.Published = "2023-08-17"
	segment.Split(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(d)
	}
}

// FuzzFind checks that any text gives times with spans inside it.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"Since December last year", "on Wednesday, Aug. 17, 2023", "mid-2023", "in the past", "since the beginning of the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := analyse(s, "2023-08-17")
		for _, q := range d.Times {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("%q: bad span %+v", s, q.Span)
			}
		}
	})
}
