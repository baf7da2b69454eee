package pipeline

import (
	"bytes"
	"context"
	"testing"

	"sitrep/internal/demo"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
)

// TestRunBatchSameAsRun checks that annotating a batch stage by stage
// (Registry.RunBatch, used by analyze --jsonl and bench) gives every
// document byte for byte the output of Run: no stage may carry state
// from one document to the next.
func TestRunBatchSameAsRun(t *testing.T) {
	reports, err := demo.Reports()
	if err != nil {
		t.Fatal(err)
	}
	reg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var one, batch []*doc.Doc
	for _, r := range reports {
		one = append(one, ingest.NewDoc(r.Text, r.Meta))
		batch = append(batch, ingest.NewDoc(r.Text, r.Meta))
	}
	for _, d := range one {
		if err := reg.Run(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := reg.RunBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for i := range one {
		var a, b bytes.Buffer
		if err := doc.Encode(&a, one[i]); err != nil {
			t.Fatal(err)
		}
		if err := doc.Encode(&b, batch[i]); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: RunBatch output differs from Run", reports[i].Meta.ID)
		}
	}
}
