package quantities

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the figures stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name: "quantities/v1",
		Summary: "figures: numerals and spelled-out numbers with scale, qualifier, range, unit " +
			"(people, currency, km, percent, durations), what they count and the tracked category",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens},
		Provides: []annotate.Layer{annotate.Quantities},
		Example:  "killing at least 12 civilians → 12 people, qualifier \"at least\", category killed",
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	Find(d)
	return nil
}

// Find sets d.Quantities from the sentences and tokens.
func Find(d *doc.Doc) {
	s := scanner{d: d}
	for _, sent := range d.Sentences {
		if sent.TokStart < 0 || sent.TokEnd > len(d.Tokens) || sent.TokStart >= sent.TokEnd {
			continue
		}
		s.sentence(d.Tokens[sent.TokStart:sent.TokEnd])
	}
	d.Quantities = s.out
}
