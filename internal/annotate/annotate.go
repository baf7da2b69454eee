// Package annotate runs stages over a doc.Doc. Each stage declares the
// layers it requires and provides; a Registry checks, before anything runs,
// that every requirement is provided by an earlier stage.
package annotate

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"sitrep/internal/doc"
)

// Layer names one kind of annotation on a document.
type Layer string

// The layers of the document model.
const (
	Paragraphs Layer = "paragraphs"
	Sentences  Layer = "sentences"
	Tokens     Layer = "tokens"
	POS        Layer = "pos"
	Syntax     Layer = "syntax"
	NER        Layer = "ner"
	Turns      Layer = "turns"
	Entities   Layer = "entities"
	Actors     Layer = "actors"
	Quotes     Layer = "quotes"
	Quantities Layer = "quantities"
	Times      Layer = "times"
	Published  Layer = "published"
	Events     Layer = "events"
	Tone       Layer = "tone"
	Stance     Layer = "stance"
	Genre      Layer = "genre"
)

// Option is one typed setting of a stage, described for `sitrep stages`.
type Option struct {
	Name, Type, Default, Help string
}

// Spec describes a stage. Name carries a version ("quotes/v1") that is
// stored with the data as provenance.
type Spec struct {
	Name     string
	Summary  string
	Requires []Layer
	Provides []Layer
	Options  []Option
	Example  string
}

// Annotator is one stage of the pipeline.
type Annotator interface {
	Spec() Spec
	// Annotate adds the stage's layers to d. A returned error is recorded
	// as a diagnostic on the document; it never stops a batch.
	Annotate(ctx context.Context, d *doc.Doc) error
}

// BatchAnnotator is an Annotator that can also annotate several documents
// in one call (RunBatch uses it), giving each what Annotate gives it;
// errs, when not nil, holds each document's error.
type BatchAnnotator interface {
	Annotator
	AnnotateBatch(ctx context.Context, docs []*doc.Doc) (errs []error)
}

// Func adapts a function to the Annotator interface.
type Func struct {
	S Spec
	F func(ctx context.Context, d *doc.Doc) error
}

// Spec implements Annotator.
func (f Func) Spec() Spec { return f.S }

// Annotate implements Annotator.
func (f Func) Annotate(ctx context.Context, d *doc.Doc) error { return f.F(ctx, d) }

// Registry is an ordered set of stages. It is a value, not a global, so a
// test can build a pipeline without some stage.
type Registry struct {
	stages []Annotator
}

// NewRegistry checks the stages: names unique and versioned, and every
// required layer provided by an earlier stage.
func NewRegistry(stages ...Annotator) (*Registry, error) {
	seen := map[string]bool{}
	have := map[Layer]string{}
	for _, a := range stages {
		s := a.Spec()
		if !strings.Contains(s.Name, "/v") {
			return nil, fmt.Errorf("annotate: stage %q has no version (want name/vN)", s.Name)
		}
		if seen[s.Name] {
			return nil, fmt.Errorf("annotate: stage %q registered twice", s.Name)
		}
		seen[s.Name] = true
		for _, l := range s.Requires {
			if _, ok := have[l]; !ok {
				return nil, fmt.Errorf("annotate: stage %q requires layer %q, which no earlier stage provides", s.Name, l)
			}
		}
		for _, l := range s.Provides {
			have[l] = s.Name
		}
	}
	return &Registry{stages: stages}, nil
}

// Stages returns the stages in run order.
func (r *Registry) Stages() []Annotator { return append([]Annotator(nil), r.stages...) }

// Names returns the versioned stage names in run order.
func (r *Registry) Names() []string {
	out := make([]string, len(r.stages))
	for i, a := range r.stages {
		out[i] = a.Spec().Name
	}
	return out
}

// Without returns a registry without the named stages (by name with or
// without version); it fails when that breaks a requirement.
func (r *Registry) Without(names ...string) (*Registry, error) {
	drop := map[string]bool{}
	for _, n := range names {
		drop[n] = true
	}
	var keep []Annotator
	for _, a := range r.stages {
		n := a.Spec().Name
		if drop[n] || drop[strings.SplitN(n, "/", 2)[0]] {
			continue
		}
		keep = append(keep, a)
	}
	return NewRegistry(keep...)
}

// Run annotates d with every stage in order. A stage that fails or panics
// leaves a diagnostic; only a cancelled context stops the run.
func (r *Registry) Run(ctx context.Context, d *doc.Doc) error {
	return r.RunTimed(ctx, d, nil)
}

// RunTimed is Run that adds each stage's elapsed nanoseconds to
// nanos[i] (indexed like Stages); nanos may be nil. Used by sitrep bench.
// It is a batch of one: RunBatch gives every document what Run would.
func (r *Registry) RunTimed(ctx context.Context, d *doc.Doc, nanos []int64) error {
	return r.RunBatchTimed(ctx, []*doc.Doc{d}, nanos)
}

// RunBatch annotates every document of docs, stage by stage: each stage
// runs over the whole batch before the next one starts. Stages keep no
// state across documents, so every document gets exactly what Run gives
// it; what changes is locality: a model's tables (the NER weights, the
// parser's) stay in cache over the batch instead of being evicted by the
// next stage's tables after every document, which makes a long run about
// a fifth faster. Used by sitrep analyze --jsonl and sitrep bench.
func (r *Registry) RunBatch(ctx context.Context, docs []*doc.Doc) error {
	return r.RunBatchTimed(ctx, docs, nil)
}

// RunBatchTimed is RunBatch that adds each stage's elapsed nanoseconds
// (over the whole batch) to nanos[i]; nanos may be nil.
func (r *Registry) RunBatchTimed(ctx context.Context, docs []*doc.Doc, nanos []int64) error {
	for i, a := range r.stages {
		var t0 time.Time
		if nanos != nil {
			t0 = time.Now()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		name := a.Spec().Name
		errs, ok := runBatch(ctx, a, docs)
		for k, d := range docs {
			var err error
			if ok {
				if k < len(errs) {
					err = errs[k]
				}
			} else {
				err = runOne(ctx, a, d)
			}
			if err != nil {
				d.Diagnose(name, nil, err.Error())
			}
			d.Annotators = append(d.Annotators, name)
		}
		if nanos != nil {
			nanos[i] += int64(time.Since(t0))
		}
	}
	for _, d := range docs {
		sortLayers(d)
	}
	return nil
}

// runBatch runs a BatchAnnotator over docs; ok is false when a is not one
// or when it panicked, and then each document is to be run alone (a stage
// rewrites what it provides, so a partial batch is simply overwritten),
// which keeps a panic to the documents that cause it.
func runBatch(ctx context.Context, a Annotator, docs []*doc.Doc) (errs []error, ok bool) {
	b, is := a.(BatchAnnotator)
	if !is || len(docs) < 2 {
		return nil, false
	}
	defer func() {
		if p := recover(); p != nil {
			errs, ok = nil, false
		}
	}()
	return b.AnnotateBatch(ctx, docs), true
}

func runOne(ctx context.Context, a Annotator, d *doc.Doc) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v\n%s", p, firstLines(string(debug.Stack()), 12))
		}
	}()
	return a.Annotate(ctx, d)
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// sortLayers makes output deterministic: every span layer in text order.
func sortLayers(d *doc.Doc) {
	sort.SliceStable(d.Quotes, func(i, j int) bool { return less(d.Quotes[i].Span, d.Quotes[j].Span) })
	sort.SliceStable(d.Quantities, func(i, j int) bool { return less(d.Quantities[i].Span, d.Quantities[j].Span) })
	sort.SliceStable(d.Times, func(i, j int) bool { return less(d.Times[i].Span, d.Times[j].Span) })
	sort.SliceStable(d.Events, func(i, j int) bool { return less(d.Events[i].Evidence, d.Events[j].Evidence) })
}

func less(a, b doc.Span) bool {
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End < b.End
}
