package sqldb

import (
	"context"
	"database/sql"

	"sitrep/internal/store"
)

// Stats implements store.Store.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Versions: map[string]int{}}
	var from, to sql.NullString
	var tb sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT count(*), min(NULLIF(published, '')), max(NULLIF(published, '')),
		sum(length(text)) FROM documents`).Scan(&st.Documents, &from, &to, &tb)
	if err != nil {
		return st, fail("stats", err)
	}
	st.From, st.To, st.TextBytes = from.String, to.String, tb.Int64
	counts := []struct {
		q string
		n *int
	}{
		{`SELECT count(*) FROM entities`, &st.Entities},
		{`SELECT count(*) FROM mentions`, &st.Mentions},
		{`SELECT count(*) FROM events`, &st.Events},
		{`SELECT count(*) FROM quotes`, &st.Quotes},
		{`SELECT count(*) FROM quantities`, &st.Figures},
		{`SELECT count(*) FROM times`, &st.Times},
		{`SELECT count(*) FROM inputs WHERE state <> 'pending'`, &st.Inputs},
		{`SELECT count(*) FROM inputs WHERE state = 'failed'`, &st.InputsFail},
	}
	for _, c := range counts {
		if err := s.db.QueryRowContext(ctx, c.q).Scan(c.n); err != nil {
			return st, fail("stats", err)
		}
	}
	var clustered sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), sum(n) FROM (SELECT count(*) AS n FROM documents
		GROUP BY cluster HAVING count(*) > 1) c`).Scan(&st.Clusters, &clustered); err != nil {
		return st, fail("stats", err)
	}
	st.Clustered = int(clustered.Int64)
	rows, err := s.db.QueryContext(ctx, `SELECT version, count(*) FROM documents GROUP BY version ORDER BY version`)
	if err != nil {
		return st, fail("stats", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		var n int
		if err := rows.Scan(&v, &n); err != nil {
			return st, fail("stats", err)
		}
		st.Versions[v] = n
	}
	return st, fail("stats", rows.Err())
}
