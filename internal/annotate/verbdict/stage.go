package verbdict

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
	parser "sitrep/internal/syntax"
)

// Stage is the "verbs/v1" stage: it codes events with a user's verb
// dictionary and replaces events/v1's events at the verbs it decided.
type Stage struct {
	Dict *Dict
	Opts Options
}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "verbs/v1",
		Summary:  "events coded with a PETRARCH/TABARI verb dictionary (--verbs): its patterns and codes replace events/v1's at the verbs it matches",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens, annotate.Syntax, annotate.Entities, annotate.Events},
		Provides: []annotate.Layer{annotate.Events},
		Options: []annotate.Option{{Name: "verbs", Type: "file", Default: "",
			Help: "PETRARCH-format verb dictionary; the stage runs only when one is given"}},
		Example: `--- RESTORE [064] --- / - * TIES [064]: "Arnor is about to restore ties with Gondor." → ARN GON 064, pattern verbs.txt:12`,
	}
}

// Annotate implements annotate.Annotator.
func (st Stage) Annotate(_ context.Context, d *doc.Doc) error {
	if st.Dict == nil {
		return nil
	}
	m, err := parser.Load()
	if err != nil {
		return fmt.Errorf("verbs/v1: loading the parser: %w", err)
	}
	r := st.Dict.Code(d, m, st.Opts)
	d.Events = Replace(d.Events, r)
	return nil
}

// Replace drops the events whose verb lies in one of r's verbs and adds
// r's events: the user's dictionary wins where it decided.
func Replace(evs []doc.Event, r Result) []doc.Event {
	out := make([]doc.Event, 0, len(evs)+len(r.Events))
	for _, e := range evs {
		if e.Verb != nil && overlapsAny(*e.Verb, r.Verbs) {
			continue
		}
		out = append(out, e)
	}
	return append(out, r.Events...)
}

func overlapsAny(s doc.Span, spans []doc.Span) bool {
	for _, t := range spans {
		if s.Start < t.End && t.Start < s.End {
			return true
		}
	}
	return false
}

var current atomic.Pointer[Dict]

// SetDefault makes d the dictionary of the process (from --verbs); nil
// removes it. The pipeline adds the stage only while one is set.
func SetDefault(d *Dict) { current.Store(d) }

// Default returns the dictionary set with SetDefault, or nil.
func Default() *Dict { return current.Load() }

// WithStage returns stages with the verbs stage for d inserted right
// after events/v1 (at the end if there is none), so that the stages
// reading events (stance) see the dictionary's.
func WithStage(stages []annotate.Annotator, d *Dict) []annotate.Annotator {
	out := make([]annotate.Annotator, 0, len(stages)+1)
	added := false
	for _, a := range stages {
		out = append(out, a)
		if !added && strings.HasPrefix(a.Spec().Name, "events/v1") {
			out, added = append(out, Stage{Dict: d}), true
		}
	}
	if !added {
		out = append(out, Stage{Dict: d})
	}
	return out
}
