package dates

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the dates stage, with publication-date detection.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name: "dates/v1",
		Summary: "date and time expressions resolved against the publication date (detected from " +
			"the text when not given): absolute, relative, weekday and event-anchored",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens},
		Provides: []annotate.Layer{annotate.Published, annotate.Times},
		Example:  "published 2023-08-17: \"since December last year\" → 2022-12; \"yesterday\" → 2023-08-16",
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	Find(d)
	return nil
}
