package interview

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the interview-structure stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "interview/v1",
		Summary:  "interview turns: speaker labels, who asks and who answers, full speaker names from the introduction",
		Requires: []annotate.Layer{annotate.Paragraphs, annotate.Sentences},
		Provides: []annotate.Layer{annotate.Turns},
		Example:  "Alwaght talked to expert Burhan Heshmati. / Alwaght: Why? / Heshmati: Because. → question of Alwaght, answer of Burhan Heshmati",
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	Detect(d)
	return nil
}
