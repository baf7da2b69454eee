// Package pipeline registers sitrep's stages in one place, in run order.
// This is the only file that knows every stage; tests build smaller
// pipelines with Registry.Without.
package pipeline

import (
	"sync"
	"sync/atomic"

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
	once        sync.Once
	def         *annotate.Registry
	defErr      error
	nullTargets atomic.Bool
)

// SetNullTargets switches the event stage of Default to NullTargets mode
// (--null-targets): acts by a named agent are coded even when the clause
// names no patient actor, the mode the event benchmarks are scored in.
func SetNullTargets(on bool) { nullTargets.Store(on) }

// NullTargets reports whether SetNullTargets is on.
func NullTargets() bool { return nullTargets.Load() }

// Default returns the default registry, built and checked once. With a
// user's verb dictionary (--verbs) its stage is added after events/v1;
// with SetNullTargets the event stage codes acts with no target.
func Default() (*annotate.Registry, error) {
	once.Do(func() { def, defErr = annotate.NewRegistry(Stages()...) })
	if defErr != nil {
		return def, defErr
	}
	stages, changed := def.Stages(), false
	if nullTargets.Load() {
		stages = WithNullTargets(stages)
		changed = true
	}
	if v := verbdict.Default(); v != nil {
		stages = verbdict.WithStage(stages, v)
		changed = true
	}
	if !changed {
		return def, nil
	}
	return annotate.NewRegistry(stages...)
}

// WithNullTargets returns a copy of stages whose event stage codes acts
// with no target.
func WithNullTargets(stages []annotate.Annotator) []annotate.Annotator {
	out := make([]annotate.Annotator, len(stages))
	for i, st := range stages {
		if _, ok := st.(events.Stage); ok {
			st = events.Stage{NullTargets: true}
		}
		out[i] = st
	}
	return out
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
