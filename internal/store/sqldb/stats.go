package sqldb

import (
	"context"
	"database/sql"

	"sitrep/internal/store"
)

// Stats implements store.Store. Counts come from the tallies kept by every
// write (cube.go), so Stats costs a few index lookups at any corpus size.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Versions: map[string]int{}}
	var textBytes int
	tallies := map[string]*int{"documents": &st.Documents, "entities": &st.Entities, "mentions": &st.Mentions,
		"events": &st.Events, "quotes": &st.Quotes, "figures": &st.Figures, "times": &st.Times,
		"inputs": &st.Inputs, "inputs_failed": &st.InputsFail, "text_bytes": &textBytes}
	rows, err := s.db.QueryContext(ctx, `SELECT name, n FROM tallies`)
	if err != nil {
		return st, fail("stats", err)
	}
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			rows.Close()
			return st, fail("stats", err)
		}
		if p := tallies[name]; p != nil {
			*p = int(n)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, fail("stats", err)
	}
	st.TextBytes = int64(textBytes)
	// min and max over the published index, skipping undated documents.
	var from, to sql.NullString
	if err := s.db.QueryRowContext(ctx, `SELECT min(published) FROM documents WHERE published > ''`).Scan(&from); err != nil {
		return st, fail("stats", err)
	}
	if err := s.db.QueryRowContext(ctx, `SELECT max(published) FROM documents WHERE published > ''`).Scan(&to); err != nil {
		return st, fail("stats", err)
	}
	st.From, st.To = from.String, to.String
	var clustered sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), sum(n) FROM (SELECT count(*) AS n FROM documents
		GROUP BY cluster HAVING count(*) > 1) c`).Scan(&st.Clusters, &clustered); err != nil {
		return st, fail("stats", err)
	}
	st.Clustered = int(clustered.Int64)
	vrows, err := s.db.QueryContext(ctx, `SELECT version, count(*) FROM documents GROUP BY version ORDER BY version`)
	if err != nil {
		return st, fail("stats", err)
	}
	defer vrows.Close()
	for vrows.Next() {
		var v string
		var n int
		if err := vrows.Scan(&v, &n); err != nil {
			return st, fail("stats", err)
		}
		st.Versions[v] = n
	}
	return st, fail("stats", vrows.Err())
}
