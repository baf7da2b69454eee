package server

import (
	"context"
	"net/http"
	"strings"

	"sitrep/internal/store"
)

// page is the envelope of every listing: the rows and where they sit.
type page[T any] struct {
	Items  []T  `json:"items"`
	Limit  int  `json:"limit"`
	Offset int  `json:"offset"`
	More   bool `json:"more"` // true when another page follows
}

// cut trims rows fetched with limit+1 to one page.
func cut[T any](rows []T, limit, offset int) page[T] {
	if rows == nil {
		rows = []T{}
	}
	more := len(rows) > limit
	return page[T]{Items: rows[:min(len(rows), limit)], Limit: limit, Offset: offset, More: more}
}

// fetchPage runs a list query for one page: it asks for one row more than
// the page holds, so the answer can say whether more follow. It writes the
// error and returns false when the parameters or the store fail.
func fetchPage[R any](w http.ResponseWriter, r *http.Request, p *params, limit *int, offset int,
	fetch func(context.Context) ([]R, error)) (page[R], bool) {
	if p.err != nil {
		writeError(w, r, p.err)
		return page[R]{}, false
	}
	want := *limit
	*limit = want + 1
	rows, err := fetch(r.Context())
	if err != nil {
		storeErr(w, r, err)
		return page[R]{}, false
	}
	return cut(rows, want, offset), true
}

func (s *Server) documents(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query(), "outlet", "from", "to", "cluster", "limit", "offset")
	f := store.DocFilter{Outlet: p.text("outlet"), Cluster: p.text("cluster")}
	f.From, f.To = p.dateRange()
	f.Limit, f.Offset = p.page()
	pg, ok := fetchPage(w, r, p, &f.Limit, f.Offset, func(ctx context.Context) ([]store.DocRow, error) { return s.st.Docs(ctx, f) })
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, pg)
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	if p := newParams(r.URL.Query()); p.err != nil {
		writeError(w, r, p.err)
		return
	}
	id := r.PathValue("id")
	if id == "" || len(id) > maxText {
		errorf(w, http.StatusBadRequest, "document id must be 1-%d bytes", maxText)
		return
	}
	j, err := s.st.Get(r.Context(), id)
	if err != nil {
		storeErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, j)
}

func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	p, q := parseEvents(r.URL.Query(), "limit", "offset")
	limit, offset := p.page()
	if p.err != nil {
		writeError(w, r, p.err)
		return
	}
	q.Limit, q.Offset = limit+1, offset
	rows, err := s.st.Events(r.Context(), q)
	if err != nil {
		storeErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, cut(rows, limit, offset))
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query(), "actor", "name", "type", "from", "to", "limit")
	f := store.ActorFilter{Actor: p.actor("actor"), Name: p.text("name"), Type: strings.ToUpper(p.text("type"))}
	switch f.Type {
	case "", "PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "MISC":
	default:
		p.fail(badParam("type", "%q is not an entity type (PER, ORG, GPE, LOC, FAC, NORP, EVENT, MISC)", f.Type))
	}
	f.From, f.To = p.dateRange()
	f.Limit = p.intIn("limit", DefaultPage, 1, MaxPage)
	pg, ok := fetchPage(w, r, p, &f.Limit, 0, func(ctx context.Context) ([]store.ActorRow, error) { return s.st.Actors(ctx, f) })
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, pg)
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query(), "speaker", "q", "doc", "from", "to", "limit", "offset")
	f := store.QuoteFilter{Speaker: p.text("speaker"), Words: p.text("q"), DocID: p.text("doc")}
	f.From, f.To = p.dateRange()
	f.Limit, f.Offset = p.page()
	pg, ok := fetchPage(w, r, p, &f.Limit, f.Offset, func(ctx context.Context) ([]store.QuoteRow, error) { return s.st.Quotes(ctx, f) })
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, pg)
}

// FigureClaim is a figure with who claims it, as an object (the row's
// claim_by and claim_how, stored with the figure).
type FigureClaim struct {
	store.FigureRow
	Claim store.FigureClaim `json:"claimed_by"`
}

var figureCategories = []string{"killed", "wounded", "displaced", "trapped", "detained", "missing", "aid"}

func (s *Server) figures(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query(), "category", "about", "unit", "doc", "from", "to", "limit", "offset")
	f := store.FigureFilter{About: p.text("about"), Unit: p.text("unit"), DocID: p.text("doc")}
	if c := p.text("category"); c != "" {
		f.Category = p.oneOf("category", "", figureCategories...)
	}
	f.From, f.To = p.dateRange()
	f.Limit, f.Offset = p.page()
	pg, ok := fetchPage(w, r, p, &f.Limit, f.Offset, func(ctx context.Context) ([]store.FigureRow, error) { return s.st.Figures(ctx, f) })
	if !ok {
		return
	}
	out := page[FigureClaim]{Items: make([]FigureClaim, 0, len(pg.Items)), Limit: pg.Limit, Offset: pg.Offset, More: pg.More}
	for _, fr := range pg.Items {
		out.Items = append(out.Items, FigureClaim{FigureRow: fr, Claim: store.FigureClaim{By: fr.ClaimBy, How: fr.ClaimHow}})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query(), "q", "limit")
	q := p.text("q")
	if q == "" && p.err == nil {
		p.fail(badParam("q", "missing: give the words to search for"))
	}
	limit := p.intIn("limit", DefaultPage, 1, MaxPage)
	if p.err != nil {
		writeError(w, r, p.err)
		return
	}
	hits, err := s.st.Search(r.Context(), q, limit)
	if err != nil {
		storeErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, cut(hits, limit, 0))
}
