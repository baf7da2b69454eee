package storetest

import (
	"context"
	"reflect"
	"testing"

	"sitrep/internal/store"
)

// corpus stores three documents on three days for the query tests.
func corpus(t *testing.T, s store.Store) {
	put(t, s, Fixture("a1", "2024-03-05", ""))
	d := Fixture("a2", "2024-03-12", " A second, different story follows about the harvest and the weather and prices in the capital market this spring season.")
	d.Events[0].Date = "" // counted on its publication day
	d.Events[1].Source, d.Events[1].Target = "FRE", "RURMIL"
	put(t, s, d)
	put(t, s, Other("b1", "2024-03-06", 1))
}

func testEvents(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	count := func(f store.EventFilter) int {
		t.Helper()
		rows, err := s.Events(ctx, f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", f, err)
		}
		return len(rows)
	}
	cases := []struct {
		name string
		f    store.EventFilter
		want int
	}{
		{"all", store.EventFilter{}, 4},
		{"with negated", store.EventFilter{IncludeNegated: true}, 6},
		{"actor prefix", store.EventFilter{Actor: "RUR"}, 4},
		{"actor exact code", store.EventFilter{Actor: "RURMIL"}, 1},
		{"source", store.EventFilter{Source: "FRE"}, 1},
		{"target", store.EventFilter{Target: "FRE"}, 3},
		{"dyad", store.EventFilter{Source: "RURGOV", Target: "FRE"}, 3},
		{"code", store.EventFilter{Code: "046"}, 2},
		{"root", store.EventFilter{Root: "03"}, 2},
		{"quad", store.EventFilter{Quad: 4, IncludeNegated: true}, 2},
		{"plover", store.EventFilter{Plover: "AGREE"}, 2},
		{"from", store.EventFilter{From: "2024-03-05"}, 3},
		{"range", store.EventFilter{From: "2024-03-04", To: "2024-03-05"}, 2},
		{"location", store.EventFilter{Location: "genev"}, 2},
		{"doc", store.EventFilter{DocID: "a2"}, 2},
		{"reported by", store.EventFilter{ReportedBy: "spokesman"}, 2},
		{"limit", store.EventFilter{Limit: 3}, 3},
		{"offset", store.EventFilter{Offset: 3}, 1},
	}
	for _, c := range cases {
		if got := count(c.f); got != c.want {
			t.Errorf("%s: %d events, want %d", c.name, got, c.want)
		}
	}
	rows, _ := s.Events(ctx, store.EventFilter{})
	var days []string
	for _, r := range rows {
		days = append(days, r.Day+" "+r.DocID+" "+r.Code)
	}
	want := []string{"2024-03-04 a1 036", "2024-03-05 a1 046", "2024-03-12 a2 036", "2024-03-12 a2 046"}
	if !reflect.DeepEqual(days, want) {
		t.Errorf("event order = %q, want %q", days, want)
	}
	r := rows[0]
	if r.Evidence != "talks with Freedonia would resume" || r.Published != "2024-03-05" || r.Outlet != "Test Wire" ||
		r.Location != "Geneva" || r.Tone != -1.5 || r.Goldstein != 4 || r.Cluster != "a1" {
		t.Errorf("first event row = %+v", r)
	}
}

func testTimeline(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	days, err := s.Timeline(ctx, store.EventFilter{IncludeNegated: true}, "day")
	if err != nil {
		t.Fatal(err)
	}
	want := []store.TimelineRow{
		{Bucket: "2024-03-04", Quad: [5]int{0, 1, 0, 0, 0}},
		{Bucket: "2024-03-05", Quad: [5]int{0, 1, 0, 0, 1}},
		{Bucket: "2024-03-12", Quad: [5]int{0, 2, 0, 0, 1}},
	}
	if !reflect.DeepEqual(days, want) {
		t.Errorf("daily timeline = %+v, want %+v", days, want)
	}
	weeks, err := s.Timeline(ctx, store.EventFilter{}, "week")
	if err != nil {
		t.Fatal(err)
	}
	wantW := []store.TimelineRow{
		{Bucket: "2024-03-04", Quad: [5]int{0, 2, 0, 0, 0}},
		{Bucket: "2024-03-11", Quad: [5]int{0, 2, 0, 0, 0}},
	}
	if !reflect.DeepEqual(weeks, wantW) {
		t.Errorf("weekly timeline = %+v, want %+v", weeks, wantW)
	}
	if _, err := s.Timeline(ctx, store.EventFilter{}, "month"); err == nil {
		t.Error("Timeline(month) did not fail")
	}
	one, _ := s.Timeline(ctx, store.EventFilter{DocID: "a2"}, "day")
	if len(one) != 1 || one[0].Quad[1] != 2 {
		t.Errorf("timeline of a2 = %+v", one)
	}
}

func testNetwork(t *testing.T, s store.Store) {
	corpus(t, s)
	edges, err := s.Network(context.Background(), store.EventFilter{IncludeNegated: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Edge{
		{Source: "RURGOV", Target: "FRE", Count: 3, MeanGoldstein: 5},
		{Source: "FRE", Target: "RURGOV", Count: 2, MeanGoldstein: -10},
		{Source: "FRE", Target: "RURMIL", Count: 1, MeanGoldstein: 7},
	}
	if !reflect.DeepEqual(edges, want) {
		t.Errorf("network = %+v, want %+v", edges, want)
	}
}

func testListings(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	actors, err := s.Actors(ctx, store.ActorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) != 3 || actors[0].Actor != "FRE" || actors[0].Mentions != 2 || actors[0].Docs != 2 || actors[0].Name != "Freedonia" {
		t.Errorf("actors = %+v", actors)
	}
	if a, _ := s.Actors(ctx, store.ActorFilter{Actor: "RUR", From: "2024-03-10"}); len(a) != 1 || a[0].Mentions != 1 {
		t.Errorf("actors RUR since 2024-03-10 = %+v", a)
	}
	q, err := s.Quotes(ctx, store.QuoteFilter{Speaker: "spokesman"})
	if err != nil || len(q) != 2 || q[0].DocID != "a1" || q[0].Text != "1,200 families had been displaced by the fighting" {
		t.Errorf("quotes = %+v, %v", q, err)
	}
	if q, _ := s.Quotes(ctx, store.QuoteFilter{Words: "DISPLACED", From: "2024-03-10"}); len(q) != 1 || q[0].DocID != "a2" {
		t.Errorf("quotes by words = %+v", q)
	}
	f, err := s.Figures(ctx, store.FigureFilter{Category: "displaced"})
	if err != nil || len(f) != 2 || f[0].Value != 1200 || f[0].Unit != "families" {
		t.Errorf("figures = %+v, %v", f, err)
	}
	if f, _ := s.Figures(ctx, store.FigureFilter{About: "border", DocID: "a2"}); len(f) != 1 {
		t.Errorf("figures about border in a2 = %+v", f)
	}
	docs, err := s.Docs(ctx, store.DocFilter{})
	if err != nil || len(docs) != 3 || docs[0].ID != "a1" || docs[1].ID != "b1" || docs[0].Events != 3 ||
		docs[0].Version != "segment/v1,events/v1" {
		t.Errorf("docs = %+v, %v", docs, err)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	hits, err := s.Search(ctx, "harvest", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Errorf("search harvest = %+v, want a2 and b1", hits)
	}
	hits, _ = s.Search(ctx, `"lakeside hotel"`, 10)
	if len(hits) != 2 || hits[0].Snippet == "" {
		t.Errorf("phrase search = %+v", hits)
	}
	if hits, _ := s.Search(ctx, `wheat Geneva`, 10); len(hits) != 0 {
		t.Errorf("AND search = %+v, want none", hits)
	}
	if _, err := s.Search(ctx, `AND OR ( * "`, 10); err != nil {
		t.Errorf("search with operators failed: %v", err)
	}
}
