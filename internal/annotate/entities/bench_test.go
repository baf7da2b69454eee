package entities

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/testutil"
)

// BenchmarkEntitiesNews runs the stage over 500 Reuters articles, the text
// `sitrep bench` measures the pipeline on (the founding example alone is
// one long interview).
func BenchmarkEntitiesNews(b *testing.B) {
	p := filepath.Join("..", "..", "..", "..", "shared", "bench", "news", "reuters21578.jsonl.gz")
	f, err := os.Open(p)
	if err != nil {
		b.Skipf("../shared is absent (%v): news benchmark not available", err)
	}
	defer f.Close()
	var docs []*doc.Doc
	size := 0
	errEnough := errors.New("enough")
	err = ingest.Lines(f, ingest.MaxBytes, func(l ingest.Line) error {
		if len(docs) == 500 {
			return errEnough
		}
		d, err := ingest.ToDoc("bench", l)
		if err != nil {
			return nil
		}
		segment.Split(d)
		docs = append(docs, d)
		size += len(d.Text)
		return nil
	})
	if err != nil && err != errEnough {
		b.Fatal(err)
	}
	if _, err := loadModel(); err != nil {
		b.Fatal(err)
	}
	testutil.ReportCPU(b, size, func() {
		for _, d0 := range docs {
			d := *d0
			d.Tokens = append([]doc.Token(nil), d0.Tokens...)
			d.Entities = nil
			_ = (Stage{}).Annotate(context.Background(), &d)
		}
	})
}
