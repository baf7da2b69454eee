package storetest

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"sitrep/internal/store"
)

// checkTimelines compares timelines (which a backend may answer from
// rollups) with counts of the events listing, for many filters.
func checkTimelines(t *testing.T, s store.Store, when string) {
	t.Helper()
	ctx := context.Background()
	filters := []store.EventFilter{{}, {Actor: "RUR"}, {Actor: "RURGOV"}, {Actor: "FRE"}, {Source: "FRE"},
		{Target: "FRE"}, {Source: "RUR", Target: "FRE"}, {DedupClusters: true}, {IncludeNegated: true, Quad: 4},
		{Actor: "RU"}, {From: "2024-03-05", To: "2024-03-12"}, {Context: "human_rights"}, {Context: "diplomatic", DedupClusters: true},
		{Context: "military", IncludeNegated: true}, {Context: "diplomatic", From: "2024-03-05", To: "2024-03-12"},
		{Context: "diplomatic", Actor: "FRE"}}
	for _, f := range filters {
		got, err := s.Timeline(ctx, f, "day")
		if err != nil {
			t.Fatal(err)
		}
		ev := f
		ev.Limit = store.MaxLimit
		rows, err := s.Events(ctx, ev)
		if err != nil {
			t.Fatal(err)
		}
		by := map[string]*store.TimelineRow{}
		for _, r := range rows {
			if by[r.Day] == nil {
				by[r.Day] = &store.TimelineRow{Bucket: r.Day}
			}
			by[r.Day].Quad[r.Quad]++
		}
		want := []store.TimelineRow{}
		for _, r := range by {
			want = append(want, *r)
		}
		sort.Slice(want, func(i, j int) bool { return want[i].Bucket < want[j].Bucket })
		if len(got) == 0 {
			got = []store.TimelineRow{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: timeline %+v = %+v, events say %+v", when, f, got, want)
		}
	}
}

func testTimelineRollups(t *testing.T, s store.Store) {
	corpus(t, s)
	put(t, s, Fixture("a3", "2024-03-05", " (Wire)")) // joins a1's cluster: its events are dups
	checkTimelines(t, s, "after put")
	d, _ := s.Text(context.Background(), "a1")
	fresh := Fixture("a1", "2024-03-05", "")
	fresh.Events = fresh.Events[1:]
	fresh.Meta = d.Meta
	if err := s.Reannotate(context.Background(), fresh); err != nil {
		t.Fatal(err)
	}
	checkTimelines(t, s, "after reannotate")
}
