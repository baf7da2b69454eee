package ner

import (
	"strings"
	"testing"

	"sitrep/internal/testutil"
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
	testutil.ReportCPU(b, size, func() {
		for _, s := range sents {
			m.Tag(s.Words)
		}
	})
}

// BenchmarkTagDocument measures document-level tagging (with the document
// history features) on the dev split, the way the entities stage calls it.
func BenchmarkTagDocument(b *testing.B) {
	sents := loadSplit(b, "eng.testa.gz")
	m := mustLoad(b)
	size := 0
	var docs [][][]string
	for _, d := range splitDocs(sents) {
		var words [][]string
		for _, s := range sents[d[0]:d[1]] {
			words = append(words, s.Words)
			size += len(strings.Join(s.Words, " ")) + 1
		}
		docs = append(docs, words)
	}
	testutil.ReportCPU(b, size, func() {
		for _, d := range docs {
			m.TagDocument(d)
		}
	})
}

// BenchmarkLoad measures decoding the embedded model.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ReadModel(strings.NewReader(string(embeddedModel))); err != nil {
			b.Fatal(err)
		}
	}
}
