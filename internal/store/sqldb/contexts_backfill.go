package sqldb

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

// The backfills of the PLOVER context migrations (contexts.go): events
// stored before events.contexts get it from their documents' JSON, and
// tl_ctx counts what was stored before it.

// storedContexts is the part of a stored document's JSON the backfill
// reads: each event's contexts, in event order (events.seq).
type storedContexts struct {
	Events []struct {
		Context []string `json:"plover_context"`
	} `json:"events"`
}

// backfillContexts fills events.contexts of the events stored before the
// column existed, from their documents' JSON, 200 documents per
// transaction, and counts them in tl_ctx. It only sets a column still
// empty, and counts only the rows it set, so a rerun after a crash changes
// nothing twice.
func (s *DB) backfillContexts(ctx context.Context) error {
	return s.eachDocBatch(ctx, `SELECT DISTINCT doc FROM events WHERE doc > ? ORDER BY doc LIMIT 200`, s.contextDoc)
}

// contextDoc sets the contexts of one document's events.
func (s *DB) contextDoc(ctx context.Context, tx *sql.Tx, seq int64) error {
	var data []byte
	if err := tx.QueryRowContext(ctx, s.q(`SELECT json FROM documents WHERE seq = ?`), seq).Scan(&data); err != nil {
		return fmt.Errorf("document %d: %w", seq, err)
	}
	if !bytes.Contains(data, []byte(`"plover_context"`)) {
		return nil // analysed before contexts existed: nothing to copy
	}
	var j storedContexts
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("document %d: %w", seq, err)
	}
	var evs []rollEvent
	for i, e := range j.Events {
		col := contextsCol(e.Context)
		if col == "" {
			continue
		}
		r := rollEvent{contexts: col, sign: 1}
		err := tx.QueryRowContext(ctx, s.q(`UPDATE events SET contexts = ? WHERE doc = ? AND seq = ? AND contexts = ''
			RETURNING day, quad, hedged, dup`), col, seq, i).Scan(&r.day, &r.quad, &r.hedged, &r.dup)
		if errors.Is(err, sql.ErrNoRows) {
			continue // set already (an earlier run, or a newer put)
		}
		if err != nil {
			return err
		}
		evs = append(evs, r)
	}
	return s.contextRollup(ctx, tx, evs)
}

// contextRollup adds events to tl_ctx alone (the other rollups counted
// them when they were stored).
func (s *DB) contextRollup(ctx context.Context, tx *sql.Tx, evs []rollEvent) error {
	acc := map[rollKey]int{}
	var ks []rollKey
	for _, e := range evs {
		if e.day == "" {
			continue
		}
		for _, c := range parseContexts(e.contexts) {
			k := rollKey{table: "ctx", a: c, day: e.day, quad: e.quad, hedged: e.hedged, dup: e.dup}
			if _, ok := acc[k]; !ok {
				ks = append(ks, k)
			}
			acc[k] += e.sign
		}
	}
	sort.Slice(ks, func(i, j int) bool { return rollLess(ks[i], ks[j]) })
	for _, k := range ks {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO tl_ctx (context, day, quad, hedged, dup, n) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (context, day, quad, hedged, dup) DO UPDATE SET n = tl_ctx.n + excluded.n`),
			k.a, k.day, k.quad, k.hedged, k.dup, acc[k]); err != nil {
			return err
		}
	}
	return nil
}

// backfillContextDays counts in tl_ctx the events whose contexts were
// stored before tl_ctx existed, in one transaction (so that a crash leaves
// it empty and the rerun starts over).
func (s *DB) backfillContextDays(ctx context.Context) error {
	return s.write(ctx, nil, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM tl_ctx`); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT contexts, day, quad, hedged, dup, count(*) FROM events
			WHERE contexts <> '' AND day <> '' GROUP BY contexts, day, quad, hedged, dup`)
		if err != nil {
			return err
		}
		evs, err := scanRollEvents(rows, func(e *rollEvent) []any {
			return []any{&e.contexts, &e.day, &e.quad, &e.hedged, &e.dup, &e.sign}
		})
		if err != nil {
			return err
		}
		return s.contextRollup(ctx, tx, evs)
	})
}
