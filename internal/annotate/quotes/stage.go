package quotes

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the quote stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "quotes/v1",
		Summary:  "direct quotes with speakers, reported speech, interview questions and answers; entities linked when present",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens, annotate.Turns},
		Provides: []annotate.Layer{annotate.Quotes},
		Example:  `"We will not leave," said Ana Ruiz, a nurse. → quote of Ana Ruiz`,
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	Find(d)
	return nil
}
