package storetest

import (
	"context"
	"encoding/json"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
	"sitrep/internal/store"
)

// Opener opens an empty store for one test; the suite closes it.
type Opener func(t *testing.T) store.Store

// Run runs the conformance suite against a backend.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutGet", testPutGet},
		{"Duplicate", testDuplicate},
		{"IDCollision", testIDCollision},
		{"NearDuplicate", testNearDuplicate},
		{"Events", testEvents},
		{"Contexts", testContexts},
		{"Timeline", testTimeline},
		{"TimelineRollups", testTimelineRollups},
		{"Network", testNetwork},
		{"Cubes", testCubes},
		{"Listings", testListings},
		{"Search", testSearch},
		{"Stats", testStats},
		{"Reannotate", testReannotate},
		{"Summaries", testSummaries},
		{"Queue", testQueue},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

func put(t *testing.T, s store.Store, d *doc.Doc) store.PutResult {
	t.Helper()
	r, err := s.PutDoc(context.Background(), d, nil)
	if err != nil {
		t.Fatalf("PutDoc(%s): %v", d.ID, err)
	}
	return r
}

func testPutGet(t *testing.T, s store.Store) {
	ctx := context.Background()
	d := Fixture("a1", "2024-03-05", "")
	r := put(t, s, d)
	if r.ID != "a1" || r.Duplicate || r.Cluster != "a1" || r.Hash != store.Hash(d.Text) {
		t.Fatalf("PutDoc = %+v", r)
	}
	got, err := s.Get(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(d.ToJSON())
	have, _ := json.Marshal(got)
	if string(want) != string(have) {
		t.Errorf("Get differs from the stored document:\n got %s\nwant %s", have, want)
	}
	if _, err := s.Get(ctx, "nope"); errs.KindOf(err) != errs.NotExist {
		t.Errorf("Get(missing) error = %v, want kind NotExist", err)
	}
	td, err := s.Text(ctx, "a1")
	if err != nil || td.Text != d.Text || td.Meta.Published != "2024-03-05" || len(td.Events) != 0 {
		t.Errorf("Text = %+v, %v", td, err)
	}
}

func testDuplicate(t *testing.T, s store.Store) {
	put(t, s, Fixture("a1", "2024-03-05", ""))
	r := put(t, s, Fixture("a2", "2024-03-06", ""))
	if !r.Duplicate || r.ID != "a1" {
		t.Errorf("second PutDoc of the same text = %+v, want Duplicate of a1", r)
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Documents != 1 || st.Events != 3 {
		t.Errorf("Stats after duplicate = %+v, %v; want 1 document, 3 events", st, err)
	}
}

func testIDCollision(t *testing.T, s store.Store) {
	put(t, s, Fixture("a1", "2024-03-05", ""))
	d := Other("a1", "2024-03-05", 1)
	r := put(t, s, d)
	if r.Duplicate || r.ID != "a1-"+store.Hash(d.Text)[:8] {
		t.Errorf("PutDoc with a used id = %+v, want a suffixed id", r)
	}
}

func testNearDuplicate(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Fixture("a1", "2024-03-05", ""))
	r := put(t, s, Fixture("a2", "2024-03-05", " (Wire)"))
	if r.Duplicate || r.Cluster != "a1" {
		t.Fatalf("near-duplicate PutDoc = %+v, want cluster a1", r)
	}
	r = put(t, s, Other("b1", "2024-03-05", 1))
	if r.Cluster != "b1" {
		t.Errorf("unrelated document cluster = %q, want its own", r.Cluster)
	}
	all, _ := s.Events(ctx, store.EventFilter{})
	dedup, _ := s.Events(ctx, store.EventFilter{DedupClusters: true})
	if len(all) != 4 || len(dedup) != 2 {
		t.Errorf("events = %d, deduplicated = %d; want 4 and 2", len(all), len(dedup))
	}
	st, _ := s.Stats(ctx)
	if st.Clusters != 1 || st.Clustered != 2 {
		t.Errorf("Stats clusters = %d (%d docs), want 1 (2)", st.Clusters, st.Clustered)
	}
	docs, _ := s.Docs(ctx, store.DocFilter{Cluster: "a1"})
	if len(docs) != 2 {
		t.Errorf("Docs(cluster a1) = %d, want 2", len(docs))
	}
}
