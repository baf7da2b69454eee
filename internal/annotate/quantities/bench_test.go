package quantities

import (
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/testutil"
)

// BenchmarkFind runs the stage on the founding example (an 8.9 kB
// interview), segmentation excluded.
func BenchmarkFind(b *testing.B) {
	text := testutil.Seed(b)
	d := doc.New("bench", string(text))
	segment.Split(d)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(d)
	}
}

// FuzzFind checks that any text gives figures with spans inside it.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"About 120,000 Armenians were trapped.", "$2bn and 10-15 km", "hundreds of thousands of", "the one who", "a a a million"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := analyse(s)
		for _, q := range d.Quantities {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("%q: bad span %+v", s, q.Span)
			}
		}
	})
}
