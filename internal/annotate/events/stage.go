// Package events is the "events/v1" stage: it codes who did what to whom
// as CAMEO events (with QuadClass, Goldstein value and PLOVER type) from
// the dependency parse, the actor layer, quotes and dates. Every event
// carries its evidence: the sentence, the spans of source, verb and
// target, and the id of the pattern (table.txt line) that fired.
package events

import (
	"context"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the event coder.
type Stage struct {
	// NullTargets codes an act by a named agent even when the clause names
	// no patient actor. Off by default: the gold convention codes such
	// acts only for meetings, and precision on news drops.
	NullTargets bool
}

// Spec implements annotate.Annotator. With NullTargets the stage's name
// says so, because its output differs: the pipeline version stored with
// each document then tells which mode coded it (and reannotate redoes it
// when the mode changes).
func (st Stage) Spec() annotate.Spec {
	name := "events/v1"
	if st.NullTargets {
		name += "+null-targets"
	}
	return annotate.Spec{
		Name:     name,
		Summary:  "CAMEO/PLOVER events from dependency patterns: source, target, code, negation, modality, reporter, date, location, evidence",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens, annotate.Syntax, annotate.Entities, annotate.Quotes, annotate.Times},
		Provides: []annotate.Layer{annotate.Events},
		Options: []annotate.Option{{Name: "null-targets", Type: "bool", Default: "false",
			Help: "code acts by a named agent that have no patient actor"}},
		Example: `Azerbaijan closed the Lachin corridor. → AZE 191 (target: the population named nearby)`,
	}
}

// Annotate implements annotate.Annotator.
func (st Stage) Annotate(_ context.Context, d *doc.Doc) error {
	evs, _, err := code(d, false, st.NullTargets)
	if err != nil {
		return err
	}
	d.Events = evs
	return nil
}

// Code codes d's events; with explain it also returns the decision taken
// at every trigger word.
func Code(d *doc.Doc, explain bool) ([]doc.Event, []Decision, error) {
	return code(d, explain, false)
}

// CodePartial is Code with the stage's NullTargets option, so that a trace
// explains the decisions of the mode being scored.
func CodePartial(d *doc.Doc, explain bool) ([]doc.Event, []Decision, error) {
	return code(d, explain, true)
}

func code(d *doc.Doc, explain, nullTargets bool) ([]doc.Event, []Decision, error) {
	t, err := loadTable()
	if err != nil {
		return nil, nil, err
	}
	c := newCoder(t, d)
	c.explain, c.nullTargets = explain, nullTargets
	return c.run(), c.trace, nil
}
