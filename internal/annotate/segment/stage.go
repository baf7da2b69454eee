package segment

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the segmentation stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "segment/v1",
		Summary:  "paragraphs, sentences and tokens with byte offsets; interview labels split off",
		Provides: []annotate.Layer{annotate.Paragraphs, annotate.Sentences, annotate.Tokens},
		Example:  "Gen. Smith arrived in the U.S. on Monday. He spoke. → 2 sentences",
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	Split(d)
	return nil
}
