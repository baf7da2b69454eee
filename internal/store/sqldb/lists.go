package sqldb

import (
	"context"
	"sort"

	"sitrep/internal/store"
)

// Actors implements store.Store.
func (s *DB) Actors(ctx context.Context, f store.ActorFilter) ([]store.ActorRow, error) {
	var w where
	if f.Actor != "" {
		w.prefix("actor", f.Actor)
	}
	if f.Name != "" {
		w.contains("name", f.Name)
	}
	if f.Type != "" {
		w.add("type = ?", f.Type)
	}
	if f.From != "" {
		w.add("published >= ?", f.From)
	}
	if f.To != "" {
		w.add("published <= ?", f.To)
	}
	// Per coded actor and per name of uncoded entities; the display name
	// of a code is its most mentioned name. Without a date range ent_all
	// has the counts already (a document naming an actor with one name
	// under two types counts once per type there, in the spirit of the
	// over-count below).
	q := `SELECT actor, name, min(type), count(DISTINCT doc), sum(mentions) FROM entities` + w.sql() +
		` GROUP BY actor, name`
	if f.From == "" && f.To == "" {
		q = `SELECT actor, name, min(type), sum(docs), sum(mentions) FROM ent_all` + w.sql() +
			` GROUP BY actor, name HAVING sum(docs) > 0`
	}
	rows, err := s.db.QueryContext(ctx, s.q(q), w.args...)
	if err != nil {
		return nil, fail("actors", err)
	}
	defer rows.Close()
	type agg struct {
		store.ActorRow
		best int
	}
	by := map[string]*agg{}
	var keys []string
	for rows.Next() {
		var r store.ActorRow
		if err := rows.Scan(&r.Actor, &r.Name, &r.Type, &r.Docs, &r.Mentions); err != nil {
			return nil, fail("actors", err)
		}
		k := "\x00" + r.Name
		if r.Actor != "" {
			k = r.Actor
		}
		a := by[k]
		if a == nil {
			a = &agg{ActorRow: store.ActorRow{Actor: r.Actor}}
			by[k] = a
			keys = append(keys, k)
		}
		// Docs of a code are summed over its names: a document naming one
		// actor two ways counts twice, an accepted over-count that keeps
		// the query one portable GROUP BY.
		a.Docs += r.Docs
		a.Mentions += r.Mentions
		if r.Mentions > a.best || r.Mentions == a.best && r.Name < a.Name {
			a.best, a.Name, a.Type = r.Mentions, r.Name, r.Type
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fail("actors", err)
	}
	out := make([]store.ActorRow, 0, len(keys))
	for _, k := range keys {
		out = append(out, by[k].ActorRow)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Actor < out[j].Actor
	})
	if n := store.Clamp(f.Limit); len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// Quotes implements store.Store.
func (s *DB) Quotes(ctx context.Context, f store.QuoteFilter) ([]store.QuoteRow, error) {
	var w where
	if f.Speaker != "" {
		w.contains("q.speaker", f.Speaker)
	}
	if f.Words != "" {
		w.contains("q.text", f.Words)
	}
	docFilter(&w, f.DocID, f.From, f.To)
	q := `SELECT d.id, d.published, d.outlet, q.speaker, q.text, q.start_, q.end_, q.kind
		FROM quotes q JOIN documents d ON d.seq = q.doc` + w.sql() +
		` ORDER BY d.published, d.id, q.seq LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, s.q(q), append(w.args, store.Clamp(f.Limit), max(f.Offset, 0))...)
	if err != nil {
		return nil, fail("quotes", err)
	}
	defer rows.Close()
	var out []store.QuoteRow
	for rows.Next() {
		var r store.QuoteRow
		if err := rows.Scan(&r.DocID, &r.Published, &r.Outlet, &r.Speaker, &r.Text, &r.Start, &r.End, &r.Kind); err != nil {
			return nil, fail("quotes", err)
		}
		out = append(out, r)
	}
	return out, fail("quotes", rows.Err())
}

func docFilter(w *where, id, from, to string) {
	if id != "" {
		w.add("d.id = ?", id)
	}
	if from != "" {
		w.add("d.published >= ?", from)
	}
	if to != "" {
		w.add("d.published <= ?", to)
	}
}

// Figures implements store.Store.
func (s *DB) Figures(ctx context.Context, f store.FigureFilter) ([]store.FigureRow, error) {
	var w where
	if f.Category != "" {
		w.add("q.category = ?", f.Category)
	}
	if f.About != "" {
		w.contains("q.about", f.About)
	}
	if f.Unit != "" {
		w.add("q.unit = ?", f.Unit)
	}
	docFilter(&w, f.DocID, f.From, f.To)
	// Without a filter on the figures themselves, walk documents in the
	// listing's order (documents_published) and stop at the page: SQLite
	// would otherwise join every figure and sort them all. CROSS JOIN
	// fixes that order on SQLite; PostgreSQL plans it as any inner join.
	from := ` FROM quantities q JOIN documents d ON d.seq = q.doc`
	if f.Category == "" && f.About == "" && f.Unit == "" && f.DocID == "" {
		from = ` FROM documents d CROSS JOIN quantities q`
		w.add("q.doc = d.seq")
	}
	q := `SELECT d.id, d.published, d.outlet, q.value, q.unit, q.about, q.category, q.qualifier, q.text,
		q.start_, q.end_, q.claim_by, q.claim_how` + from + w.sql() + ` ORDER BY d.published, d.id, q.seq LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, s.q(q), append(w.args, store.Clamp(f.Limit), max(f.Offset, 0))...)
	if err != nil {
		return nil, fail("figures", err)
	}
	defer rows.Close()
	var out []store.FigureRow
	for rows.Next() {
		var r store.FigureRow
		if err := rows.Scan(&r.DocID, &r.Published, &r.Outlet, &r.Value, &r.Unit, &r.About, &r.Category,
			&r.Qualifier, &r.Text, &r.Start, &r.End, &r.ClaimBy, &r.ClaimHow); err != nil {
			return nil, fail("figures", err)
		}
		out = append(out, r)
	}
	return out, fail("figures", rows.Err())
}

// Search implements store.Store.
func (s *DB) Search(ctx context.Context, query string, limit int) ([]store.SearchHit, error) {
	q, args := s.d.SearchSQL(query, store.Clamp(limit))
	if q == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fail("search "+query, err)
	}
	defer rows.Close()
	var out []store.SearchHit
	for rows.Next() {
		var h store.SearchHit
		if err := rows.Scan(&h.ID, &h.Title, &h.Published, &h.Snippet, &h.Rank); err != nil {
			return nil, fail("search", err)
		}
		out = append(out, h)
	}
	return out, fail("search", rows.Err())
}
