package server

import (
	"context"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

// testAnalyzer is the cli's analyzer in small: ingest, then the default
// pipeline.
func testAnalyzer(ctx context.Context, rec ingest.Record) (*doc.Doc, error) {
	d, err := ingest.FromBytes("posted", []byte(rec.Text), ingest.Text,
		ingest.Meta{ID: rec.ID, Published: rec.Published, Outlet: rec.Outlet})
	if err != nil {
		return nil, err
	}
	reg, err := pipeline.Default()
	if err != nil {
		return nil, err
	}
	return d, reg.Run(ctx, d)
}
