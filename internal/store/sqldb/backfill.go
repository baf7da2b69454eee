package sqldb

import (
	"context"
	"database/sql"
	"fmt"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// Some migrations add data that only Go can compute (a figure's claimant
// needs the document's sentences, quotes and mentions). Such a migration
// inserts its name into the backfills table; on open, each pending
// backfill runs in batches and deletes its row in its last transaction. A
// crash part-way leaves the row, and the next open runs the backfill
// again: every backfill is idempotent.
var backfills = map[string]func(s *DB, ctx context.Context) error{
	"claims":   (*DB).backfillClaims,
	"contexts": (*DB).backfillContexts,
	// context_days sorts before contexts, so it counts the contexts stored
	// before tl_ctx existed and contexts then adds those it fills in.
	"context_days": (*DB).backfillContextDays,
}

// backfill runs the pending backfills (after migrate).
func (s *DB) backfill(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM backfills ORDER BY name`)
	if err != nil {
		return fail("backfill", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return fail("backfill", err)
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail("backfill", err)
	}
	for _, n := range names {
		fn := backfills[n]
		if fn == nil {
			return fail("backfill", fmt.Errorf("unknown backfill %q (written by a newer sitrep?)", n))
		}
		if err := fn(s, ctx); err != nil {
			return fail("backfill "+n, err)
		}
		if _, err := s.db.ExecContext(ctx, s.q(`DELETE FROM backfills WHERE name = ?`), n); err != nil {
			return fail("backfill "+n, err)
		}
	}
	return nil
}

// backfillClaims computes claim_by and claim_how of the figures stored
// before they existed, 200 documents per transaction.
func (s *DB) backfillClaims(ctx context.Context) error {
	return s.eachDocBatch(ctx, `SELECT DISTINCT doc FROM quantities WHERE doc > ? AND claim_how = ''
			ORDER BY doc LIMIT 200`, s.claimDoc)
}

// eachDocBatch runs do on every document whose seq the paged query
// (one "doc > ?" parameter, LIMIT-ed, ordered by doc) returns, one page
// per transaction, until a page comes back empty. Backfills use it so
// that an interrupted run resumes from what is still missing.
func (s *DB) eachDocBatch(ctx context.Context, page string, do func(context.Context, *sql.Tx, int64) error) error {
	var after int64
	for {
		var seqs []int64
		rows, err := s.db.QueryContext(ctx, s.q(page), after)
		if err != nil {
			return err
		}
		for rows.Next() {
			var q int64
			if err := rows.Scan(&q); err != nil {
				rows.Close()
				return err
			}
			seqs = append(seqs, q)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(seqs) == 0 {
			return nil
		}
		after = seqs[len(seqs)-1]
		err = s.write(ctx, nil, func(tx *sql.Tx) error {
			for _, q := range seqs {
				if err := do(ctx, tx, q); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
}

// claimDoc fills in the claims of one document's figures.
func (s *DB) claimDoc(ctx context.Context, tx *sql.Tx, seq int64) error {
	var data []byte
	var text string
	if err := tx.QueryRowContext(ctx, s.q(`SELECT json, text FROM documents WHERE seq = ?`), seq).Scan(&data, &text); err != nil {
		return fmt.Errorf("document %d: %w", seq, err)
	}
	j, err := store.Restore(data, text)
	if err != nil {
		return fmt.Errorf("document %d: %w", seq, err)
	}
	for i, q := range j.Quantities {
		c := store.ClaimOf(j, doc.Span{Start: q.Start, End: q.End})
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE quantities SET claim_by = ?, claim_how = ? WHERE doc = ? AND seq = ?`),
			c.By, c.How, seq, i); err != nil {
			return err
		}
	}
	return nil
}
