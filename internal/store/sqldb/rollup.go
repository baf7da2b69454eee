package sqldb

import (
	"context"
	"database/sql"
	"sort"
)

// Rollups keep timeline counts per day, so that a timeline over millions
// of events reads a few thousand rows instead of every event:
//   - tl_all: per day, QuadClass, hedged, dup;
//   - tl_actor: the same per actor key, counting an event once per key
//     found in its source or target (the Actor filter's OR);
//   - tl_dyad: per (source key, target key), "" standing for any.
//
// Actor keys are the prefixes of a CAMEO code at its 3-letter boundaries
// ("USA", "USAGOV", "USAGOVLEG"), so a filter on any such prefix reads the
// rollup with exactly the prefix semantics of the events table; a filter
// of another length falls back to the events table.
const rollupSchema = `
CREATE TABLE tl_all (day TEXT NOT NULL, quad INTEGER NOT NULL, hedged INTEGER NOT NULL, dup INTEGER NOT NULL,
	n BIGINT NOT NULL, PRIMARY KEY (day, quad, hedged, dup));
CREATE TABLE tl_actor (actor TEXT NOT NULL, day TEXT NOT NULL, quad INTEGER NOT NULL, hedged INTEGER NOT NULL,
	dup INTEGER NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (actor, day, quad, hedged, dup));
CREATE TABLE tl_dyad (source TEXT NOT NULL, target TEXT NOT NULL, day TEXT NOT NULL, quad INTEGER NOT NULL,
	hedged INTEGER NOT NULL, dup INTEGER NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (source, target, day, quad, hedged, dup));
`

// RollupSchema is the migration that adds the timeline rollups; backends
// append it to their migration lists, then call RebuildRollups' SQL-free
// counterpart on upgrade (empty stores need nothing).
func RollupSchema() string { return rollupSchema }

// keys returns the 3-letter-boundary prefixes of a code (and the code
// itself when its length is no multiple of 3).
func keys(code string) []string {
	var out []string
	for i := 3; i <= len(code); i += 3 {
		out = append(out, code[:i])
	}
	if len(code)%3 != 0 && len(code) > 0 {
		out = append(out, code)
	}
	return out
}

// rollEvent is what the rollups need of an event.
type rollEvent struct {
	source, target, day string
	location            string
	contexts            string // the events.contexts column
	goldstein           float64
	quad, hedged, dup   int
	sign                int // +1 added, -1 removed
}

type rollKey struct {
	table, a, b, day  string
	quad, hedged, dup int
}

// rollup adds (sign 1) or removes (sign -1) events from the rollups. It is
// called once per transaction, with every event the transaction touched,
// so that rows are locked in one global order.
func (s *DB) rollup(ctx context.Context, tx *sql.Tx, d *delta) error {
	if err := s.timelineRollup(ctx, tx, d.evs); err != nil {
		return err
	}
	if err := s.cube(ctx, tx, d); err != nil {
		return err
	}
	return s.summarise(ctx, tx, d)
}

func (s *DB) timelineRollup(ctx context.Context, tx *sql.Tx, evs []rollEvent) error {
	acc := map[rollKey]int{}
	for _, e := range evs {
		if e.day == "" {
			continue
		}
		sign := e.sign
		k := rollKey{day: e.day, quad: e.quad, hedged: e.hedged, dup: e.dup}
		all := k
		all.table = "all"
		acc[all] += sign
		sk, tk := keys(e.source), keys(e.target)
		seen := map[string]bool{}
		for _, a := range append(append([]string(nil), sk...), tk...) {
			if !seen[a] {
				seen[a] = true
				ak := k
				ak.table, ak.a = "actor", a
				acc[ak] += sign
			}
		}
		for _, c := range parseContexts(e.contexts) {
			ck := k
			ck.table, ck.a = "ctx", c
			acc[ck] += sign
		}
		for _, sp := range append(sk, "") {
			for _, tp := range append(tk, "") {
				if sp == "" && tp == "" {
					continue
				}
				dk := k
				dk.table, dk.a, dk.b = "dyad", sp, tp
				acc[dk] += sign
			}
		}
	}
	ks := make([]rollKey, 0, len(acc))
	for k := range acc {
		ks = append(ks, k)
	}
	// A fixed order keeps lock order the same in every process
	// (PostgreSQL), so concurrent ingests do not deadlock on rollup rows.
	sort.Slice(ks, func(i, j int) bool { return rollLess(ks[i], ks[j]) })
	for _, k := range ks {
		n := acc[k]
		var err error
		switch k.table {
		case "all":
			_, err = tx.ExecContext(ctx, s.q(`INSERT INTO tl_all (day, quad, hedged, dup, n) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (day, quad, hedged, dup) DO UPDATE SET n = tl_all.n + excluded.n`), k.day, k.quad, k.hedged, k.dup, n)
		case "actor":
			_, err = tx.ExecContext(ctx, s.q(`INSERT INTO tl_actor (actor, day, quad, hedged, dup, n) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (actor, day, quad, hedged, dup) DO UPDATE SET n = tl_actor.n + excluded.n`), k.a, k.day, k.quad, k.hedged, k.dup, n)
		case "ctx":
			_, err = tx.ExecContext(ctx, s.q(`INSERT INTO tl_ctx (context, day, quad, hedged, dup, n) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (context, day, quad, hedged, dup) DO UPDATE SET n = tl_ctx.n + excluded.n`), k.a, k.day, k.quad, k.hedged, k.dup, n)
		case "dyad":
			_, err = tx.ExecContext(ctx, s.q(`INSERT INTO tl_dyad (source, target, day, quad, hedged, dup, n) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (source, target, day, quad, hedged, dup) DO UPDATE SET n = tl_dyad.n + excluded.n`), k.a, k.b, k.day, k.quad, k.hedged, k.dup, n)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// rollLess orders rollup keys: a fixed order keeps lock order the same in
// every process (PostgreSQL), so concurrent ingests do not deadlock on
// rollup rows.
func rollLess(a, b rollKey) bool {
	if a.table != b.table {
		return a.table < b.table
	}
	if a.a != b.a {
		return a.a < b.a
	}
	if a.b != b.b {
		return a.b < b.b
	}
	if a.day != b.day {
		return a.day < b.day
	}
	if a.quad != b.quad {
		return a.quad < b.quad
	}
	if a.hedged != b.hedged {
		return a.hedged < b.hedged
	}
	return a.dup < b.dup
}

// RebuildRollups recomputes the rollups from the events table, one
// document at a time (for stores filled by other means, e.g. benchmarks).
func (s *DB) RebuildRollups(ctx context.Context) error {
	return s.write(ctx, nil, func(tx *sql.Tx) error {
		for _, t := range []string{"tl_all", "tl_actor", "tl_dyad", "tl_ctx", "net_day", "loc_day", "tallies"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return err
			}
		}
		rows, err := tx.QueryContext(ctx, `SELECT source, target, day, quad, hedged, dup, contexts FROM events`)
		if err != nil {
			return err
		}
		evs, err := scanRollEvents(rows, func(e *rollEvent) []any {
			return []any{&e.source, &e.target, &e.day, &e.quad, &e.hedged, &e.dup, &e.contexts}
		})
		if err != nil {
			return err
		}
		for len(evs) > 0 {
			n := min(len(evs), 50000)
			for i := range evs[:n] {
				evs[i].sign = 1
			}
			if err := s.timelineRollup(ctx, tx, evs[:n]); err != nil {
				return err
			}
			evs = evs[n:]
		}
		if _, err = tx.ExecContext(ctx, `DELETE FROM net_month`); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, cubeFill(s.d.ByteLen)); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, monthFill); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, `DELETE FROM net_all; DELETE FROM ent_all; DELETE FROM net_year`); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, summaryFill); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, yearFill)
		return err
	})
}

// docEvents reads the rollup view of one document's events (reannotate).
func (s *DB) docEvents(ctx context.Context, tx *sql.Tx, seq int64) ([]rollEvent, error) {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT source, target, day, quad, hedged, dup, location, goldstein, contexts
		FROM events WHERE doc = ?`), seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var evs []rollEvent
	for rows.Next() {
		e := rollEvent{sign: -1}
		if err := rows.Scan(&e.source, &e.target, &e.day, &e.quad, &e.hedged, &e.dup, &e.location, &e.goldstein, &e.contexts); err != nil {
			return nil, err
		}
		evs = append(evs, e)
	}
	return evs, rows.Err()
}

// scanRollEvents reads rows into rollup events, scanning each row into
// the fields dest names, and closes rows (before the caller's next
// statement on the same transaction).
func scanRollEvents(rows *sql.Rows, dest func(e *rollEvent) []any) ([]rollEvent, error) {
	defer rows.Close()
	var evs []rollEvent
	for rows.Next() {
		var e rollEvent
		if err := rows.Scan(dest(&e)...); err != nil {
			return nil, err
		}
		evs = append(evs, e)
	}
	return evs, rows.Err()
}
