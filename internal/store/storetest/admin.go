package storetest

import (
	"context"
	"reflect"
	"testing"

	"sitrep/internal/store"
)

func testStats(t *testing.T, s store.Store) {
	corpus(t, s)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Documents: 3, Entities: 6, Mentions: 6, Events: 6, Quotes: 2, Figures: 2, Times: 2,
		From: "2024-03-05", To: "2024-03-12"}
	got := st
	got.Versions, got.TextBytes = nil, 0
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
	if st.Versions["segment/v1,events/v1"] != 3 || st.TextBytes == 0 {
		t.Errorf("Stats versions = %v, bytes %d", st.Versions, st.TextBytes)
	}
}

func testReannotate(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	const v2 = "segment/v1,events/v2"
	ids, err := s.Stale(ctx, v2, "", 2)
	if err != nil || len(ids) != 2 || ids[0] != "a1" || ids[1] != "a2" {
		t.Fatalf("Stale = %v, %v", ids, err)
	}
	if ids, _ := s.Stale(ctx, v2, "a2", 10); len(ids) != 1 || ids[0] != "b1" {
		t.Errorf("Stale after a2 = %v", ids)
	}
	d, err := s.Text(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	fresh := Fixture("a1", "2024-03-05", "")
	fresh.Events = fresh.Events[:1]
	fresh.Annotators = []string{"segment/v1", "events/v2"}
	fresh.Meta = d.Meta
	if err := s.Reannotate(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.Stale(ctx, v2, "", 10); len(ids) != 2 {
		t.Errorf("Stale after reannotate = %v, want a2 b1", ids)
	}
	if ev, _ := s.Events(ctx, store.EventFilter{DocID: "a1", IncludeNegated: true}); len(ev) != 1 {
		t.Errorf("events of a1 after reannotate = %d, want 1", len(ev))
	}
	j, _ := s.Get(ctx, "a1")
	if len(j.Events) != 1 || j.Annotators[1] != "events/v2" {
		t.Errorf("Get after reannotate: %d events, annotators %v", len(j.Events), j.Annotators)
	}
	bad := Other("a1", "", 9)
	if err := s.Reannotate(ctx, bad); err == nil {
		t.Error("Reannotate with a changed text did not fail")
	}
}

func testQueue(t *testing.T, s store.Store) {
	ctx := context.Background()
	q := s.Queue()
	tasks := []store.Task{{Source: "/c/a.jsonl", Key: "line:1", Hash: "h1"}, {Source: "/c/a.jsonl", Key: "line:2", Hash: "h2"},
		{Source: "/c/a.jsonl", Key: "line:3", Hash: "h3"}}
	c, err := q.Claim(ctx, tasks)
	if err != nil || len(c.Tasks()) != 3 {
		t.Fatalf("Claim = %v, %v", c, err)
	}
	if err := c.Rollback(); err != nil {
		t.Fatal(err)
	}
	c, err = q.Claim(ctx, tasks)
	if err != nil || len(c.Tasks()) != 3 {
		t.Fatalf("Claim after rollback = %v, %v", c, err)
	}
	c.Put(ctx, tasks[0], Fixture("a1", "2024-03-05", ""), []byte("raw"))
	c.Put(ctx, tasks[1], Fixture("a2", "2024-03-05", ""), nil)
	c.Fail(ctx, tasks[2], "malformed JSON")
	res, err := c.Commit(ctx)
	if err != nil || len(res) != 2 || res[0].Duplicate || !res[1].Duplicate {
		t.Fatalf("Commit = %+v, %v", res, err)
	}
	if n, err := q.Pending(ctx, []string{"/c/a.jsonl"}); n != 0 || err != nil {
		t.Errorf("Pending = %d, %v", n, err)
	}
	c, err = q.Claim(ctx, append(tasks, store.Task{Source: "/c/a.jsonl", Key: "line:4", Hash: "h4"}))
	if err != nil || len(c.Tasks()) != 1 || c.Tasks()[0].Key != "line:4" {
		t.Fatalf("second Claim = %v, %v; want only the new task", c.Tasks(), err)
	}
	if n, _ := q.Pending(ctx, []string{"/c/a.jsonl"}); n != 1 {
		t.Errorf("Pending with one open claim = %d, want 1", n)
	}
	c.Rollback()
	st, _ := s.Stats(ctx)
	if st.Documents != 1 || st.Inputs != 3 || st.InputsFail != 1 {
		t.Errorf("Stats after queue = %+v", st)
	}
}

// RunShared checks what backends shared by several processes add: a task
// claimed by one claim is skipped by another until it is released.
func RunShared(t *testing.T, open Opener) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	q := s.Queue()
	tasks := []store.Task{{Source: "s", Key: "1", Hash: "h1"}, {Source: "s", Key: "2", Hash: "h2"}}
	c1, err := q.Claim(ctx, tasks[:1])
	if err != nil || len(c1.Tasks()) != 1 {
		t.Fatalf("first claim: %v", err)
	}
	defer c1.Rollback()
	c2, err := q.Claim(ctx, tasks)
	if err != nil || len(c2.Tasks()) != 1 || c2.Tasks()[0].Key != "2" {
		c2.Rollback()
		t.Fatalf("second claim got %v, %v; want only task 2", c2.Tasks(), err)
	}
	c2.Fail(ctx, tasks[1], "test")
	if _, err := c2.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	c1.Rollback()
	c3, err := q.Claim(ctx, tasks)
	if c3 != nil {
		defer c3.Rollback()
	}
	if err != nil || len(c3.Tasks()) != 1 || c3.Tasks()[0].Key != "1" {
		t.Fatalf("claim after rollback got %v, %v; want task 1", c3.Tasks(), err)
	}
}
