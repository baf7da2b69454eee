// Package pipeline registers sitrep's stages in one place, in run order.
// This is the only file that knows every stage; tests build smaller
// pipelines with Registry.Without.
package pipeline

import (
	"sync"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/dates"
	"sitrep/internal/annotate/entities"
	"sitrep/internal/annotate/events"
	"sitrep/internal/annotate/genre"
	"sitrep/internal/annotate/interview"
	"sitrep/internal/annotate/quantities"
	"sitrep/internal/annotate/quotes"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/annotate/stance"
	syntaxstage "sitrep/internal/annotate/syntax"
	"sitrep/internal/annotate/tone"
	"sitrep/internal/annotate/verbdict"
)

// Stages returns the default stages in run order. Each line is one stage;
// a stage's requirements must be provided by a line above it.
func Stages() []annotate.Annotator {
	return []annotate.Annotator{
		segment.Stage{},
		entities.Stage{},
		syntaxstage.Stage{Gate: events.MustLexicon()}, // parses only sentences with a trigger and an agent
		interview.Stage{},
		genre.Stage{},
		quotes.Stage{},
		dates.Stage{},
		events.Stage{},
		quantities.Stage{},
		tone.Stage{},
		stance.Stage{},
	}
}

var (
	once   sync.Once
	def    *annotate.Registry
	defErr error
)

// Default returns the default registry, built and checked once. With a
// user's verb dictionary (--verbs) its stage is added after events/v1.
func Default() (*annotate.Registry, error) {
	once.Do(func() { def, defErr = annotate.NewRegistry(Stages()...) })
	if v := verbdict.Default(); v != nil && defErr == nil {
		return annotate.NewRegistry(verbdict.WithStage(def.Stages(), v)...)
	}
	return def, defErr
}

// Version is the pipeline's provenance string: the versioned stage names.
func Version() string {
	r, err := Default()
	if err != nil {
		return "invalid"
	}
	v := ""
	for i, n := range r.Names() {
		if i > 0 {
			v += ","
		}
		v += n
	}
	return v
}
