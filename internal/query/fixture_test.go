package query

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

// ev is one event of a test document: its evidence words must occur in
// the text.
type ev struct {
	src, tgt, code string
	quad           int
	gold           float64
	plover, words  string
}

// testDoc builds an annotated document by hand.
func testDoc(id, published, outlet, text string, events ...ev) *doc.Doc {
	d := doc.New(id, text)
	d.Meta.Published, d.Meta.Outlet, d.Meta.Title, d.Meta.Genre = published, outlet, id, "report"
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	for _, e := range events {
		i := strings.Index(text, e.words)
		if i < 0 {
			panic("evidence not in text: " + e.words)
		}
		d.Events = append(d.Events, doc.Event{Source: e.src, Target: e.tgt, Code: e.code, Root: e.code[:2],
			Quad: e.quad, Goldstein: e.gold, Plover: e.plover, Evidence: doc.Span{Start: i, End: i + len(e.words)}})
	}
	d.Tone = &doc.Tone{Score: -2.25, Positive: 1.5, Negative: 3.75}
	d.Annotators = []string{"segment/v1", "events/v1"}
	return d
}

const (
	textA = "Norland troops shelled the border town of Vessa on Monday, and Sudria accused Norland of breaking the truce."
	textB = "Sudria and Norland agreed on Friday to hold talks in the capital, a mediator said, after a week of clashes."
	textC = "Police in the capital detained 14 protesters on Tuesday, and the opposition demanded their release."
)

// testStore opens a SQLite store in a temporary directory holding three
// documents with five events, one quote and one figure.
func testStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "q.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a := testDoc("a", "2024-03-04", "Harbour Gazette", textA,
		ev{"NORMIL", "SUD", "195", 4, -10, "ASSAULT", "shelled the border town"},
		ev{"SUD", "NOR", "112", 3, -2, "ACCUSE", "accused Norland of breaking the truce"})
	a.Quotes = []doc.Quote{{Span: doc.Span{Start: strings.Index(textA, "Norland of"), End: len(textA) - 1}, Speaker: "Sudria", Kind: "indirect"}}
	b := testDoc("b", "2024-03-08", "Wire Desk", textB,
		ev{"SUD", "NOR", "036", 1, 4, "AGREE", "agreed on Friday to hold talks"},
		ev{"NOR", "SUD", "036", 1, 4, "AGREE", "agreed on Friday to hold talks"})
	c := testDoc("c", "2024-03-12", "Wire Desk", textC,
		ev{"SUDCOP", "SUDOPP", "173", 4, -5, "COERCE", "detained 14 protesters"})
	a.Events[0].PloverContext = []string{"military", "territory"}
	c.Events[0].PloverContext = []string{"human_rights", "legal"}
	i := strings.Index(textC, "14 protesters")
	c.Quantities = []doc.Quantity{{Span: doc.Span{Start: i, End: i + len("14 protesters")}, Value: 14, Unit: "protesters", About: "protesters", Category: "detained"}}
	c.Entities = []doc.Entity{{ID: "e1", Name: "Police", Type: "ORG", Actor: "SUDCOP", Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 6}, Text: "Police"}}}}
	for _, d := range []*doc.Doc{a, b, c} {
		if _, err := st.PutDoc(ctx, d, nil); err != nil {
			t.Fatal(err)
		}
	}
	return st
}
