package ner

import (
	"strings"
	"testing"
)

// BenchmarkTag measures tagging throughput on the dev split; SetBytes uses
// the size of the sentences joined as plain text, so ns/op converts to MB/s.
func BenchmarkTag(b *testing.B) {
	sents := loadSplit(b, "eng.testa.gz")
	m := mustLoad(b)
	size := 0
	for _, s := range sents {
		size += len(strings.Join(s.Words, " ")) + 1
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			m.Tag(s.Words)
		}
	}
}

// BenchmarkLoad measures decoding the embedded model.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ReadModel(strings.NewReader(string(embeddedModel))); err != nil {
			b.Fatal(err)
		}
	}
}
