package sqldb

import (
	"context"
	"database/sql"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/store"
)

// claim is a store.Claim. On PostgreSQL tx holds the claimed rows locked
// (FOR UPDATE SKIP LOCKED) from Claim to Commit; on SQLite tx is nil and
// Commit opens one write transaction for the whole batch.
type claim struct {
	s     *DB
	tx    *sql.Tx
	tasks []store.Task
	puts  []put
}

type put struct {
	t      store.Task
	rec    *store.Record
	reason string // failed task
	err    error
}

// Claim implements store.Queue.
func (s *DB) Claim(ctx context.Context, tasks []store.Task) (store.Claim, error) {
	if len(tasks) == 0 {
		return &claim{s: s}, nil
	}
	c := &claim{s: s}
	// Register the tasks first, in their own statement, so that a task
	// being claimed by another process is visible (and skipped) rather
	// than waited for on its unique key.
	ins := `INSERT INTO inputs (source, key, hash) VALUES ` + repeat("(?, ?, ?)", len(tasks)) + ` ON CONFLICT DO NOTHING`
	args := make([]any, 0, 3*len(tasks))
	for _, t := range tasks {
		args = append(args, t.Source, t.Key, t.Hash)
	}
	if err := s.write(ctx, nil, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, s.q(ins), args...)
		return fail("queue", err)
	}); err != nil {
		return nil, err
	}
	sel := `SELECT source, key, hash FROM inputs WHERE state = 'pending' AND (` +
		repeat("(source = ? AND key = ? AND hash = ?)", len(tasks), " OR ") + `)`
	var q interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	} = s.db
	if s.d.LockClaims {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return nil, fail("claim", err)
		}
		c.tx, q = tx, tx
		sel += ` FOR UPDATE SKIP LOCKED`
	}
	rows, err := q.QueryContext(ctx, s.q(sel), args...)
	if err != nil {
		c.Rollback()
		return nil, fail("claim", err)
	}
	got := map[store.Task]bool{}
	for rows.Next() {
		var t store.Task
		if err := rows.Scan(&t.Source, &t.Key, &t.Hash); err != nil {
			rows.Close()
			c.Rollback()
			return nil, fail("claim", err)
		}
		got[t] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		c.Rollback()
		return nil, fail("claim", err)
	}
	for _, t := range tasks {
		if got[t] {
			c.tasks = append(c.tasks, t)
			delete(got, t) // a task listed twice is claimed once
		}
	}
	return c, nil
}

func repeat(s string, n int, sep ...string) string {
	j := ", "
	if len(sep) > 0 {
		j = sep[0]
	}
	return strings.TrimSuffix(strings.Repeat(s+j, n), j)
}

func (c *claim) Tasks() []store.Task { return c.tasks }

func (c *claim) Put(ctx context.Context, t store.Task, d *doc.Doc, raw []byte) error {
	rec, err := store.Flatten(d, raw)
	if err != nil {
		return fail("put "+d.ID, err)
	}
	c.puts = append(c.puts, put{t: t, rec: rec})
	return nil
}

func (c *claim) Fail(ctx context.Context, t store.Task, reason string) error {
	c.puts = append(c.puts, put{t: t, reason: reason})
	return nil
}

func (c *claim) Commit(ctx context.Context) ([]store.PutResult, error) {
	s := c.s
	var out []store.PutResult
	err := s.write(ctx, c.tx, func(tx *sql.Tx) error {
		out = out[:0]
		var dl delta
		defer dl.close()
		for _, p := range c.puts {
			state, id, reason := "failed", "", p.reason
			if p.rec != nil {
				r, err := s.put(ctx, tx, p.rec, &dl)
				if err != nil {
					return err
				}
				out = append(out, r)
				state, id = "done", r.ID
			}
			res, err := dl.exec(ctx, tx, s.q(`UPDATE inputs SET state = ?, doc_id = ?, reason = ?
				WHERE source = ? AND key = ? AND hash = ? AND state = 'pending'`), state, id, reason, p.t.Source, p.t.Key, p.t.Hash)
			if err != nil {
				return fail("queue", err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				dl.count("inputs", n)
				if state == "failed" {
					dl.count("inputs_failed", n)
				}
			}
		}
		return fail("rollup", s.rollup(ctx, tx, &dl))
	})
	if c.tx != nil {
		if err != nil {
			c.tx.Rollback()
		} else {
			err = fail("commit", c.tx.Commit())
		}
		c.tx = nil
	}
	return out, err
}

func (c *claim) Rollback() error {
	if c.tx == nil {
		return nil
	}
	err := c.tx.Rollback()
	c.tx = nil
	return err
}

// Pending implements store.Queue.
func (s *DB) Pending(ctx context.Context, sources []string) (int, error) {
	if len(sources) == 0 {
		return 0, nil
	}
	args := make([]any, len(sources))
	for i, src := range sources {
		args[i] = src
	}
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM inputs WHERE state = 'pending' AND source IN (`+
		repeat("?", len(sources))+`)`), args...).Scan(&n)
	return n, fail("pending", err)
}
