package syntax

import (
	"strings"
	"testing"
)

// benchSents uses EWT dev words (read at run time, never stored here).
func benchSents(b *testing.B) ([][]string, int64) {
	sents, err := ReadCoNLLUFile(sharedUD(b, "en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		b.Fatal(err)
	}
	var out [][]string
	var size int64
	for _, s := range sents {
		out = append(out, s.Words)
		size += int64(len(strings.Join(s.Words, " ")) + 1)
	}
	return out, size
}

func BenchmarkTag(b *testing.B) {
	m := loadModel(b)
	sents, size := benchSents(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, w := range sents {
			m.Tag(w)
		}
	}
}

func BenchmarkTagPTB(b *testing.B) {
	m := loadModel(b)
	sents, size := benchSents(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, w := range sents {
			m.TagPTB(w)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	m := loadModel(b)
	sents, size := benchSents(b)
	tags := make([][]string, len(sents))
	for i, w := range sents {
		tags[i] = m.Tag(w)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, w := range sents {
			m.Parse(w, tags[i])
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	m := loadModel(b)
	sents, size := benchSents(b)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for _, w := range sents {
			m.Analyze(w)
		}
	}
}

func BenchmarkAnalyzeUPOS(b *testing.B) {
	m := loadModel(b)
	sents, size := benchSents(b)
	var dst Sentence
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range sents {
			m.AnalyzeInto(&dst, w, false)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := decodeModel(modelData, false); err != nil {
			b.Fatal(err)
		}
	}
}
