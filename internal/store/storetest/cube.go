package storetest

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"sort"
	"testing"

	"sitrep/internal/store"
)

// cubeFilters are the filters the network, map and paging checks run with:
// those the rollups answer and those that fall back to the events table.
var cubeFilters = []store.EventFilter{{}, {IncludeNegated: true}, {Actor: "RUR"}, {Actor: "RU"}, {Actor: "RURGOV"},
	{Source: "FRE"}, {Target: "FRE"}, {Source: "RUR", Target: "FRE"}, {DedupClusters: true}, {Quad: 1},
	{IncludeNegated: true, Quad: 4}, {From: "2024-03-05", To: "2024-03-12"}, {Code: "036"}, {Outlet: "Test Wire"},
	{Outlet: "Elsewhere"}, {Location: "gene"}, {From: "2024-02-10", To: "2024-03-31"}, {From: "2024-03-01"},
	{To: "2024-03-31"}, {To: "2024-03-05"}, {From: "2024-03-05"}, {From: "2024-01-01", To: "2024-12-31", Actor: "FRE"},
	{From: "2024-02-01", To: "2024-11-30"}, {From: "2023-12-20", To: "2024-03-31", IncludeNegated: true},
	{From: "2023-01-01", To: "2025-12-31"}}

// checkCubes compares Network and Places (which a backend may answer from
// rollups) and every page of Events with what the full events listing says.
func checkCubes(t *testing.T, s store.Store, when string) {
	t.Helper()
	ctx := context.Background()
	for _, f := range cubeFilters {
		all := f
		all.Limit = store.MaxLimit
		rows, err := s.Events(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		type sum struct {
			n int
			g float64
			q [5]int
		}
		edges, places := map[[2]string]*sum{}, map[string]*sum{}
		for _, r := range rows {
			if r.Source != "" && r.Target != "" {
				k := [2]string{r.Source, r.Target}
				if edges[k] == nil {
					edges[k] = &sum{}
				}
				edges[k].n++
				edges[k].g += r.Goldstein
			}
			if places[r.Location] == nil {
				places[r.Location] = &sum{}
			}
			places[r.Location].n++
			places[r.Location].g += r.Goldstein
			places[r.Location].q[r.Quad]++
		}
		wantNet := []store.Edge{}
		for k, e := range edges {
			wantNet = append(wantNet, store.Edge{Source: k[0], Target: k[1], Count: e.n, MeanGoldstein: math.Round(e.g/float64(e.n)*1000) / 1000})
		}
		sort.Slice(wantNet, func(i, j int) bool {
			a, b := wantNet[i], wantNet[j]
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Source+" "+a.Target < b.Source+" "+b.Target
		})
		gotNet, err := s.Network(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if gotNet == nil {
			gotNet = []store.Edge{}
		}
		if !reflect.DeepEqual(gotNet, wantNet) {
			t.Errorf("%s: network %+v = %+v, events say %+v", when, f, gotNet, wantNet)
		}
		wantPl := []store.PlaceRow{}
		for loc, p := range places {
			wantPl = append(wantPl, store.PlaceRow{Location: loc, Count: p.n, Quad: p.q, MeanGoldstein: math.Round(p.g/float64(p.n)*1000) / 1000})
		}
		sort.Slice(wantPl, func(i, j int) bool {
			if wantPl[i].Count != wantPl[j].Count {
				return wantPl[i].Count > wantPl[j].Count
			}
			return wantPl[i].Location < wantPl[j].Location
		})
		gotPl, err := s.Places(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if gotPl == nil {
			gotPl = []store.PlaceRow{}
		}
		if !reflect.DeepEqual(gotPl, wantPl) {
			t.Errorf("%s: places %+v = %+v, events say %+v", when, f, gotPl, wantPl)
		}
		// Every page equals its slice of the full listing.
		for limit := 1; limit <= 3; limit++ {
			for off := 0; off <= len(rows); off++ {
				pf := f
				pf.Limit, pf.Offset = limit, off
				page, err := s.Events(ctx, pf)
				if err != nil {
					t.Fatal(err)
				}
				want := rows[off:min(len(rows), off+limit)]
				if fmt.Sprint(keysOf(page)) != fmt.Sprint(keysOf(want)) {
					t.Errorf("%s: events %+v page = %v, want %v", when, pf, keysOf(page), keysOf(want))
				}
			}
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := s.Events(ctx, store.EventFilter{IncludeNegated: true, Limit: store.MaxLimit})
	if st.Events != len(all) {
		t.Errorf("%s: Stats.Events = %d, the events table has %d", when, st.Events, len(all))
	}
}

func keysOf(rows []store.EventRow) []string {
	var out []string
	for _, r := range rows {
		out = append(out, fmt.Sprintf("%s/%d", r.DocID, r.Seq))
	}
	return out
}

func testCubes(t *testing.T, s store.Store) {
	corpus(t, s)
	put(t, s, Fixture("a3", "2024-03-05", " (Wire)")) // joins a1's cluster: its events are dups
	d := Fixture("u1", "", " An undated copy with its own long tail of words about rivers, bridges and the old quarry road.")
	d.Events[0].Date = "" // no day at all: sorts first
	put(t, s, d)
	checkCubes(t, s, "after put")
	fresh := Fixture("a1", "2024-03-05", "")
	fresh.Events = fresh.Events[1:]
	if err := s.Reannotate(context.Background(), fresh); err != nil {
		t.Fatal(err)
	}
	checkCubes(t, s, "after reannotate")
}
