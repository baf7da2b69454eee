package sqldb

import (
	"context"
	"database/sql"
	"errors"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
	"sitrep/internal/store"
)

// Get implements store.Store.
func (s *DB) Get(ctx context.Context, id string) (*doc.JSON, error) {
	var data []byte
	var text string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT json, text FROM documents WHERE id = ?`), id).Scan(&data, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errs.Ef("get "+id, errs.NotExist, "no such document")
	}
	if err != nil {
		return nil, fail("get "+id, err)
	}
	j, err := store.Restore(data, text)
	return j, fail("get "+id, err)
}

// Text implements store.Store.
func (s *DB) Text(ctx context.Context, id string) (*doc.Doc, error) {
	d := doc.New(id, "")
	m := &d.Meta
	err := s.db.QueryRowContext(ctx, s.q(`SELECT text, published, outlet, url, title, genre, language
		FROM documents WHERE id = ?`), id).Scan(&d.Text, &m.Published, &m.Outlet, &m.URL, &m.Title, &m.Genre, &m.Language)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errs.Ef("text "+id, errs.NotExist, "no such document")
	}
	// Genre is an annotation (the genre stage may set it): start afresh.
	m.Genre = ""
	return d, fail("text "+id, err)
}

// Docs implements store.Store.
func (s *DB) Docs(ctx context.Context, f store.DocFilter) ([]store.DocRow, error) {
	var w where
	if f.Outlet != "" {
		w.add("outlet = ?", f.Outlet)
	}
	if f.From != "" {
		w.add("published >= ?", f.From)
	}
	if f.To != "" {
		w.add("published <= ?", f.To)
	}
	if f.Cluster != "" {
		w.add("cluster = ?", f.Cluster)
	}
	q := `SELECT id, hash, cluster, published, outlet, url, title, genre, version, length(text), tone, nevents
		FROM documents` + w.sql() + ` ORDER BY published, id LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, s.q(q), append(w.args, store.Clamp(f.Limit), max(f.Offset, 0))...)
	if err != nil {
		return nil, fail("docs", err)
	}
	defer rows.Close()
	var out []store.DocRow
	for rows.Next() {
		var r store.DocRow
		if err := rows.Scan(&r.ID, &r.Hash, &r.Cluster, &r.Published, &r.Outlet, &r.URL, &r.Title, &r.Genre,
			&r.Version, &r.Bytes, &r.Tone, &r.Events); err != nil {
			return nil, fail("docs", err)
		}
		out = append(out, r)
	}
	return out, fail("docs", rows.Err())
}

// Stale implements store.Store.
func (s *DB) Stale(ctx context.Context, version, after string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id FROM documents WHERE version <> ? AND id > ?
		ORDER BY id LIMIT ?`), version, after, store.Clamp(limit))
	if err != nil {
		return nil, fail("stale", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fail("stale", err)
		}
		out = append(out, id)
	}
	return out, fail("stale", rows.Err())
}

// Reannotate implements store.Store.
func (s *DB) Reannotate(ctx context.Context, d *doc.Doc) error {
	op := "reannotate " + d.ID
	r, err := store.Flatten(d, nil)
	if err != nil {
		return fail(op, err)
	}
	return s.write(ctx, nil, func(tx *sql.Tx) error {
		var seq int64
		var hash, cluster string
		err := tx.QueryRowContext(ctx, s.q(`SELECT seq, hash, cluster FROM documents WHERE id = ?`), d.ID).Scan(&seq, &hash, &cluster)
		if errors.Is(err, sql.ErrNoRows) {
			return errs.Ef(op, errs.NotExist, "no such document")
		}
		if err != nil {
			return fail(op, err)
		}
		if hash != r.Hash {
			return errs.Ef(op, errs.Invalid, "text differs from the stored text")
		}
		var dl delta
		defer dl.close()
		if err := s.deleteLayers(ctx, tx, seq, &dl); err != nil {
			return fail(op, err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE documents SET version = ?, tone = ?, nevents = ?, json = ?,
			genre = ? WHERE seq = ?`), r.Version, r.Tone, len(r.Events), r.JSON, r.Meta.Genre, seq); err != nil {
			return fail(op, err)
		}
		if err := s.putLayers(ctx, tx, seq, cluster != d.ID, cluster, r, &dl); err != nil {
			return fail(op, err)
		}
		return fail(op, s.rollup(ctx, tx, &dl))
	})
}
