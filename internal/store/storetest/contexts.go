package storetest

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"sitrep/internal/store"
)

// testContexts checks the PLOVER context filter on every view that takes
// an event filter, and the contexts of the rows returned.
func testContexts(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	cases := []struct {
		name string
		f    store.EventFilter
		want int
	}{
		{"diplomatic", store.EventFilter{Context: "diplomatic"}, 4},
		{"underscore name", store.EventFilter{Context: "human_rights"}, 2},
		{"with a range", store.EventFilter{Context: "human_rights", From: "2024-03-06"}, 1},
		{"with an actor", store.EventFilter{Context: "human_rights", Target: "RURMIL"}, 1},
		{"negated only", store.EventFilter{Context: "military"}, 0},
		{"negated kept", store.EventFilter{Context: "military", IncludeNegated: true}, 2},
		{"no prefix match", store.EventFilter{Context: "human"}, 0},
		{"no suffix match", store.EventFilter{Context: "rights"}, 0},
		{"underscore is no wildcard", store.EventFilter{Context: "human_right_"}, 0},
		{"percent is no wildcard", store.EventFilter{Context: "%"}, 0},
		{"separator is no match", store.EventFilter{Context: ";"}, 0},
		{"unknown", store.EventFilter{Context: "cyber"}, 0},
	}
	for _, c := range cases {
		rows, err := s.Events(ctx, c.f)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(rows) != c.want {
			t.Errorf("%s: %d events, want %d", c.name, len(rows), c.want)
		}
	}
	rows, _ := s.Events(ctx, store.EventFilter{IncludeNegated: true, DocID: "a1"})
	var got [][]string
	for _, r := range rows {
		got = append(got, r.Contexts)
	}
	want := [][]string{{"diplomatic"}, {"diplomatic", "human_rights"}, {"military", "territory"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("contexts of a1's events = %q, want %q", got, want)
	}

	tl, err := s.Timeline(ctx, store.EventFilter{Context: "human_rights"}, "day")
	wantTL := []store.TimelineRow{{Bucket: "2024-03-05", Quad: [5]int{0, 1, 0, 0, 0}}, {Bucket: "2024-03-12", Quad: [5]int{0, 1, 0, 0, 0}}}
	if err != nil || !reflect.DeepEqual(tl, wantTL) {
		t.Errorf("timeline of human_rights = %+v, %v; want %+v", tl, err, wantTL)
	}
	edges, err := s.Network(ctx, store.EventFilter{Context: "human_rights"})
	wantE := []store.Edge{{Source: "FRE", Target: "RURMIL", Count: 1, MeanGoldstein: 7}, {Source: "RURGOV", Target: "FRE", Count: 1, MeanGoldstein: 7}}
	if err != nil || !reflect.DeepEqual(edges, wantE) {
		t.Errorf("network of human_rights = %+v, %v; want %+v", edges, err, wantE)
	}
	places, err := s.Places(ctx, store.EventFilter{Context: "territory", IncludeNegated: true})
	if err != nil || len(places) != 1 || places[0].Location != "" || places[0].Count != 2 {
		t.Errorf("places of territory = %+v, %v; want 2 events without a location", places, err)
	}

	// Reannotate replaces the contexts with the events.
	fresh := Fixture("a1", "2024-03-05", "")
	fresh.Events = fresh.Events[:1]
	fresh.Events[0].PloverContext = []string{"economic"}
	if err := s.Reannotate(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	if rows, _ := s.Events(ctx, store.EventFilter{Context: "economic"}); len(rows) != 1 || rows[0].DocID != "a1" {
		t.Errorf("economic events after reannotate = %+v, want a1's", rows)
	}
	if rows, _ := s.Events(ctx, store.EventFilter{Context: "diplomatic", DocID: "a1"}); len(rows) != 0 {
		t.Errorf("a1 still has diplomatic events after reannotate: %+v", rows)
	}
}

// Reopener opens an empty store and returns it with a function that opens
// the same database again (as a later run of sitrep would).
type Reopener func(t *testing.T) (store.Store, func() store.Store)

// RunContextUpgrade checks that a corpus stored before the events' PLOVER
// contexts had a column (schema migration number column, 1-based) or a
// rollup (migration days) answers the context filter once reopened, and
// that the upgrade loses and duplicates nothing. The store must offer
// SQL() *sql.DB: the test takes the schema back to its state before the
// migrations.
func RunContextUpgrade(t *testing.T, open Reopener, column, days int) {
	t.Run("before the column", func(t *testing.T) {
		contextUpgrade(t, open, `DROP TABLE tl_ctx`, `ALTER TABLE events DROP COLUMN contexts`,
			fmt.Sprintf(`DELETE FROM schema_version WHERE version IN (%d, %d)`, column, days))
	})
	t.Run("before the rollup", func(t *testing.T) {
		contextUpgrade(t, open, `DROP TABLE tl_ctx`, fmt.Sprintf(`DELETE FROM schema_version WHERE version = %d`, days))
	})
}

// contextUpgrade stores a corpus, takes the schema back with the
// statements given, and reopens it three times.
func contextUpgrade(t *testing.T, open Reopener, back ...string) {
	ctx := context.Background()
	s, reopen := open(t)
	corpus(t, s)
	old := Fixture("c1", "2024-03-20", " Reported again a week later by the regional desk of another wire, with a new headline and byline.")
	for i := range old.Events {
		old.Events[i].PloverContext = nil // analysed before the contexts existed
	}
	put(t, s, old)
	before := snapshot(t, s)

	db := s.(interface{ SQL() *sql.DB }).SQL()
	for _, q := range back {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("take the schema back: %s: %v", q, err)
		}
	}
	s.Close()

	for run := 1; run <= 3; run++ {
		s = reopen()
		after := snapshot(t, s)
		if len(after.Events) != len(before.Events) {
			t.Errorf("open %d: %d events after the upgrade, want %d", run, len(after.Events), len(before.Events))
		}
		for i := range min(len(after.Events), len(before.Events)) {
			if a, b := after.Events[i], before.Events[i]; !reflect.DeepEqual(a, b) {
				t.Errorf("open %d: event %d after the upgrade = %+v, want %+v", run, i, a, b)
			}
		}
		if !reflect.DeepEqual(after.Stats, before.Stats) || !reflect.DeepEqual(after.Timeline, before.Timeline) {
			t.Errorf("open %d: counts after the upgrade = %+v %+v, want %+v %+v", run, after.Stats, after.Timeline,
				before.Stats, before.Timeline)
		}
		if !reflect.DeepEqual(after.Docs, before.Docs) {
			t.Errorf("open %d: the stored documents changed in the upgrade", run)
		}
		var n int
		if err := s.(interface{ SQL() *sql.DB }).SQL().QueryRowContext(ctx, `SELECT count(*) FROM backfills`).Scan(&n); err != nil || n != 0 {
			t.Errorf("open %d: pending backfills = %d, %v; want 0", run, n, err)
		}
		if rows, _ := s.Events(ctx, store.EventFilter{Context: "human_rights"}); len(rows) != 2 {
			t.Errorf("open %d: human_rights events = %d, want 2", run, len(rows))
		}
		if rows, _ := s.Events(ctx, store.EventFilter{DocID: "c1"}); len(rows) != 2 || len(rows[0].Contexts) != 0 {
			t.Errorf("open %d: events of the old analysis = %+v, want 2 without contexts", run, rows)
		}
		checkTimelines(t, s, fmt.Sprintf("open %d after the upgrade", run))
		if run == 2 {
			// A crash before the backfills finished: they run again.
			if _, err := s.(interface{ SQL() *sql.DB }).SQL().ExecContext(ctx,
				`INSERT INTO backfills (name) VALUES ('contexts'); INSERT INTO backfills (name) VALUES ('context_days')`); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
	}
}

// state is what an upgrade must keep: every event row, the counts, the
// timelines and the stored documents.
type state struct {
	Events   []store.EventRow
	Stats    store.Stats
	Timeline [][]store.TimelineRow
	Docs     []string
}

func snapshot(t *testing.T, s store.Store) state {
	t.Helper()
	ctx := context.Background()
	var st state
	var err error
	if st.Events, err = s.Events(ctx, store.EventFilter{IncludeNegated: true, Limit: store.MaxLimit}); err != nil {
		t.Fatal(err)
	}
	if st.Stats, err = s.Stats(ctx); err != nil {
		t.Fatal(err)
	}
	for _, f := range []store.EventFilter{{IncludeNegated: true}, {Context: "human_rights"}, {Context: "military", IncludeNegated: true}} {
		tl, err := s.Timeline(ctx, f, "day")
		if err != nil {
			t.Fatal(err)
		}
		st.Timeline = append(st.Timeline, tl)
	}
	docs, err := s.Docs(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		j, err := s.Get(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(j)
		st.Docs = append(st.Docs, string(b))
	}
	slices.Sort(st.Docs)
	return st
}
