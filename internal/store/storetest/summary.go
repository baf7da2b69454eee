package storetest

import (
	"context"
	"reflect"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// testSummaries checks the answers a backend may give from all-time
// summaries (the network, actors, actor names) against the same questions
// asked with a date range that covers everything, which reads the rows
// below them, before and after a reannotate; and the stored claims of
// figures.
func testSummaries(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	check := func(when string) {
		t.Helper()
		for _, f := range []store.ActorFilter{{}, {Actor: "RUR"}, {Name: "geneva"}, {Type: "GPE"}} {
			all := f
			all.From = "0000-01-01"
			got, err1 := s.Actors(ctx, f)
			want, err2 := s.Actors(ctx, all)
			if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Actors(%+v) = %+v, %v; with a full date range %+v, %v", when, f, got, err1, want, err2)
			}
		}
		for _, f := range []store.EventFilter{{}, {IncludeNegated: true}, {Actor: "FRE"}, {Quad: 4, IncludeNegated: true}} {
			all := f
			all.From = "0000-01-01"
			got, err1 := s.Network(ctx, f)
			want, err2 := s.Network(ctx, all)
			// Events without a day fall outside any date range.
			if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Network(%+v) = %+v, %v; with a full date range %+v, %v", when, f, got, err1, want, err2)
			}
		}
	}
	check("after put")
	names, err := s.ActorNames(ctx, []string{"RURGOV", "FRE", "XXX"})
	if err != nil || !reflect.DeepEqual(names, map[string]string{"RURGOV": "Ruritania", "FRE": "Freedonia"}) {
		t.Errorf("ActorNames = %v, %v", names, err)
	}
	if names, err := s.ActorNames(ctx, nil); err != nil || len(names) != 0 {
		t.Errorf("ActorNames(nil) = %v, %v", names, err)
	}
	figs, err := s.Figures(ctx, store.FigureFilter{Category: "displaced"})
	if err != nil || len(figs) == 0 || figs[0].ClaimBy != "A spokesman" || figs[0].ClaimHow != "quote" {
		t.Errorf("figures = %+v, %v, want claimed by the spokesman's quote", figs, err)
	}
	// Reannotate a1 without its Freedonia entity: the summaries follow.
	fresh := Fixture("a1", "2024-03-05", "")
	fresh.Entities = fresh.Entities[:1]
	fresh.Entities[0].Mentions = append(fresh.Entities[0].Mentions, doc.Mention{Span: span(fresh.Text, "Freedonia")})
	fresh.Quotes = nil
	fresh.Events = fresh.Events[:1]
	if err := s.Reannotate(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	check("after reannotate")
	// Without the quote, the sentence's subject ("Ruritania ... said") claims it.
	if figs, _ := s.Figures(ctx, store.FigureFilter{DocID: "a1"}); len(figs) != 1 || figs[0].ClaimHow != "attribution" ||
		figs[0].ClaimBy != "Ruritania" {
		t.Errorf("figures of a1 after reannotate = %+v, want claimed by Ruritania", figs)
	}
}
