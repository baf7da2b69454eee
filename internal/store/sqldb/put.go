package sqldb

import (
	"context"
	"database/sql"
	"errors"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// PutDoc implements store.Store.
func (s *DB) PutDoc(ctx context.Context, d *doc.Doc, raw []byte) (store.PutResult, error) {
	rec, err := store.Flatten(d, raw)
	if err != nil {
		return store.PutResult{}, fail("put "+d.ID, err)
	}
	var res store.PutResult
	err = s.write(ctx, nil, func(tx *sql.Tx) error {
		var dl delta
		defer dl.close()
		if res, err = s.put(ctx, tx, rec, &dl); err != nil {
			return err
		}
		return fail("put "+d.ID, s.rollup(ctx, tx, &dl))
	})
	return res, err
}

// write runs fn in a write transaction (tx, when given, is used and not
// committed here).
func (s *DB) write(ctx context.Context, tx *sql.Tx, fn func(*sql.Tx) error) error {
	if tx != nil {
		return fn(tx)
	}
	if !s.d.LockClaims {
		s.wmu.Lock()
		defer s.wmu.Unlock()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail("begin", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return fail("commit", tx.Commit())
}

// put stores one record inside tx.
func (s *DB) put(ctx context.Context, tx *sql.Tx, r *store.Record, dl *delta) (store.PutResult, error) {
	op := "put " + r.ID
	res := store.PutResult{ID: r.ID, Hash: r.Hash}
	var have, cluster string
	err := tx.QueryRowContext(ctx, s.q(`SELECT id, cluster FROM documents WHERE hash = ?`), r.Hash).Scan(&have, &cluster)
	if err == nil {
		return store.PutResult{ID: have, Duplicate: true, Cluster: cluster, Hash: r.Hash}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return res, fail(op, err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM documents WHERE id = ?`), r.ID).Scan(&n); err != nil {
		return res, fail(op, err)
	}
	if n > 0 {
		res.ID = r.ID + "-" + r.Hash[:8]
	}
	res.Cluster, err = s.cluster(ctx, tx, r)
	if err != nil {
		return res, fail(op, err)
	}
	if res.Cluster == "" {
		res.Cluster = res.ID
	}
	m := r.Meta
	var seq int64
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO documents (id, hash, simhash, b0, b1, b2, b3, cluster,
		published, outlet, url, title, genre, language, version, tone, nevents, text, raw, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING RETURNING seq`),
		res.ID, r.Hash, int64(r.SimHash), store.Band(r.SimHash, 0), store.Band(r.SimHash, 1),
		store.Band(r.SimHash, 2), store.Band(r.SimHash, 3), res.Cluster, m.Published, m.Outlet, m.URL,
		m.Title, m.Genre, m.Language, r.Version, r.Tone, len(r.Events), r.Text, r.Raw, r.JSON).Scan(&seq)
	if errors.Is(err, sql.ErrNoRows) {
		// Another process stored the same text between our check and
		// this insert (PostgreSQL): it is a duplicate after all.
		if err := tx.QueryRowContext(ctx, s.q(`SELECT id, cluster FROM documents WHERE hash = ?`), r.Hash).Scan(&have, &cluster); err != nil {
			return res, fail(op, err)
		}
		return store.PutResult{ID: have, Duplicate: true, Cluster: cluster, Hash: r.Hash}, nil
	}
	if err != nil {
		return res, fail(op, err)
	}
	if err := s.d.IndexText(ctx, tx, seq, r.Text); err != nil {
		return res, fail(op+": full-text index", err)
	}
	if err := s.putLayers(ctx, tx, seq, res.Cluster != res.ID, res.Cluster, r, dl); err != nil {
		return res, fail(op, err)
	}
	dl.count("documents", 1)
	dl.count("text_bytes", int64(len(r.Text)))
	return res, nil
}

// cluster finds the near-duplicate cluster of a record: that of the
// earliest stored document within store.MaxDistance bits, or "".
func (s *DB) cluster(ctx context.Context, tx *sql.Tx, r *store.Record) (string, error) {
	if !r.Clusterable {
		return "", nil
	}
	h := r.SimHash
	rows, err := tx.QueryContext(ctx, s.q(`SELECT simhash, cluster FROM documents
		WHERE b0 = ? OR b1 = ? OR b2 = ? OR b3 = ? ORDER BY seq`),
		store.Band(h, 0), store.Band(h, 1), store.Band(h, 2), store.Band(h, 3))
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var sh int64
		var c string
		if err := rows.Scan(&sh, &c); err != nil {
			return "", err
		}
		if store.Distance(uint64(sh), h) <= store.MaxDistance {
			return c, rows.Close()
		}
	}
	return "", rows.Err()
}
