package server

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

// fixture builds documents with hand-made annotations, so that the API
// tests do not depend on the quality of the stages. The sentences are
// the team's own.
type fixture struct {
	d *doc.Doc
}

func newDoc(id, published, outlet, text string) *fixture {
	d := doc.New(id, text)
	d.Meta.Published, d.Meta.Outlet, d.Meta.Title, d.Meta.Genre = published, outlet, "Title of "+id, "report"
	d.Annotators = []string{"test/v1"}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	return &fixture{d: d}
}

func (f *fixture) span(s string) doc.Span {
	i := strings.Index(f.d.Text, s)
	if i < 0 {
		panic("fixture: no " + s)
	}
	return doc.Span{Start: i, End: i + len(s)}
}

func (f *fixture) entity(name, typ, actor string, mention string) *fixture {
	id := "e" + string(rune('1'+len(f.d.Entities)))
	sp := f.span(mention)
	f.d.Entities = append(f.d.Entities, doc.Entity{ID: id, Name: name, Type: typ, Actor: actor,
		Mentions: []doc.Mention{{Span: sp, Text: mention}}})
	return f
}

func (f *fixture) event(src, tgt, code string, quad int, g float64, loc, evidence string) *fixture {
	f.d.Events = append(f.d.Events, doc.Event{Source: src, Target: tgt, Code: code, Root: code[:2], Quad: quad,
		Goldstein: g, Location: loc, Evidence: f.span(evidence), Plover: "PROTEST"})
	return f
}

func (f *fixture) quote(speaker, kind, words string) *fixture {
	f.d.Quotes = append(f.d.Quotes, doc.Quote{Span: f.span(words), Speaker: speaker, Kind: kind})
	return f
}

func (f *fixture) figure(v float64, unit, cat, words string) *fixture {
	f.d.Quantities = append(f.d.Quantities, doc.Quantity{Span: f.span(words), Value: v, Unit: unit, Category: cat})
	return f
}

func fixtures() []*doc.Doc {
	a := newDoc("a1", "2023-04-23", "Desk One",
		"Azerbaijan set up a checkpoint on the Lachin corridor. Armenia condemned the checkpoint.").
		entity("Azerbaijan", "GPE", "AZE", "Azerbaijan").entity("Armenia", "GPE", "ARM", "Armenia").
		event("AZE", "ARMCVL", "191", 4, -9.5, "Lachin corridor", "Azerbaijan set up a checkpoint").
		event("ARM", "AZE", "111", 3, -2, "", "Armenia condemned the checkpoint")
	b := newDoc("b2", "2023-09-20", "Desk Two",
		"The ombudsman said that 200 people were killed. Baku offered talks to the Karabakh Armenians in Yevlakh.").
		entity("Karabakh ombudsman", "PER", "ARMCVL", "The ombudsman").entity("Azerbaijan", "GPE", "AZE", "Baku").
		event("AZE", "ARMCVL", "036", 1, 4, "Yevlakh", "Baku offered talks").
		figure(200, "people", "killed", "200 people")
	a.d.Events[0].PloverContext = []string{"humanitarian", "territory"}
	b.d.Events[0].PloverContext = []string{"diplomatic"}
	c := newDoc("c3", "2023-09-28", "Desk One",
		"Desk: What happened?\nExpert: More than 100,000 people left <b>Karabakh</b> <script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">.").
		quote("Desk", "question", "What happened?").
		quote("Dana Expert", "answer", "More than 100,000 people left <b>Karabakh</b>").
		figure(100000, "people", "displaced", "100,000 people")
	c.d.Meta.Title = `<img src=x onerror="window.__pwned=3">Exodus`
	return []*doc.Doc{a.d, b.d, c.d}
}

// openFixtures opens a SQLite store in a temporary directory holding docs.
func openFixtures(t testing.TB, docs []*doc.Doc) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), t.TempDir()+"/test.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, d := range docs {
		if _, err := st.PutDoc(context.Background(), d, nil); err != nil {
			t.Fatalf("put %s: %v", d.ID, err)
		}
	}
	return st
}

func newTestServer(t testing.TB, opts Options) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(New(openFixtures(t, fixtures()), opts).Handler())
	t.Cleanup(ts.Close)
	return ts
}
