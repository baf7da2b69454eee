package sqldb

import (
	"context"
	"database/sql"
	"sort"
	"strings"

	"sitrep/internal/store"
)

// Third-generation summaries, for the answers the web page asks for on
// every load and that must not grow with the corpus:
//   - net_all: net_month summed over all time, so that a network without a
//     date range reads one row per pair and QuadClass;
//   - ent_all: entity mentions per (actor, name, type) over all time, with
//     the documents naming them, so that Actors and ActorNames without a
//     date range never scan the entities table;
//   - quantities.claim_by and claim_how: who claims each figure
//     (store.ClaimOf), worked out at put time; the rows stored before
//     this migration are filled in by the "claims" backfill (backfill.go).
const summarySchema = `
CREATE TABLE net_all (source TEXT NOT NULL, target TEXT NOT NULL, quad INTEGER NOT NULL,
	hedged INTEGER NOT NULL, dup INTEGER NOT NULL, n BIGINT NOT NULL, gsum DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (source, target, quad, hedged, dup));
CREATE TABLE ent_all (actor TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
	docs BIGINT NOT NULL, mentions BIGINT NOT NULL, PRIMARY KEY (actor, name, type));
` + summaryFill + `
ALTER TABLE quantities ADD COLUMN claim_by TEXT NOT NULL DEFAULT '';
ALTER TABLE quantities ADD COLUMN claim_how TEXT NOT NULL DEFAULT '';
CREATE TABLE backfills (name TEXT PRIMARY KEY);
INSERT INTO backfills (name) VALUES ('claims');
`

// summaryFill computes net_all and ent_all from the tables below them.
const summaryFill = `
INSERT INTO net_all (source, target, quad, hedged, dup, n, gsum)
	SELECT source, target, quad, hedged, dup, sum(n), sum(gsum) FROM net_month
	GROUP BY source, target, quad, hedged, dup;
INSERT INTO ent_all (actor, name, type, docs, mentions)
	SELECT actor, name, type, count(DISTINCT doc), sum(mentions) FROM entities GROUP BY actor, name, type;
`

// SummarySchema is the migration that adds net_all, ent_all and the
// figures' claims.
func SummarySchema() string { return summarySchema }

// entKey is one ent_all row; the document count of a key is 1 per
// document naming it.
type entKey struct{ actor, name, typ string }

type entVal struct{ docs, mentions int64 }

// addEntities records one document's entities (sign +1 stored, -1 removed)
// for ent_all.
func (d *delta) addEntities(ents map[entKey]int64, sign int64) {
	if d.ents == nil {
		d.ents = map[entKey]entVal{}
	}
	for k, m := range ents {
		v := d.ents[k]
		v.docs += sign
		v.mentions += sign * m
		d.ents[k] = v
	}
}

// docEntities reads the ent_all view of one stored document (reannotate).
func (s *DB) docEntities(ctx context.Context, tx *sql.Tx, seq int64) (map[entKey]int64, error) {
	rows, err := tx.QueryContext(ctx, s.q(`SELECT actor, name, type, mentions FROM entities WHERE doc = ?`), seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[entKey]int64{}
	for rows.Next() {
		var k entKey
		var m int64
		if err := rows.Scan(&k.actor, &k.name, &k.typ, &m); err != nil {
			return nil, err
		}
		out[k] += m
	}
	return out, rows.Err()
}

// summarise applies the entity counts of a transaction to ent_all, in key
// order (the lock order on PostgreSQL).
func (s *DB) summarise(ctx context.Context, tx *sql.Tx, d *delta) error {
	ks := make([]entKey, 0, len(d.ents))
	for k, v := range d.ents {
		if v != (entVal{}) {
			ks = append(ks, k)
		}
	}
	sort.Slice(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if c := strings.Compare(a.actor, b.actor); c != 0 {
			return c < 0
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c < 0
		}
		return a.typ < b.typ
	})
	for _, k := range ks {
		v := d.ents[k]
		if _, err := d.exec(ctx, tx, s.q(`INSERT INTO ent_all (actor, name, type, docs, mentions) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (actor, name, type) DO UPDATE SET docs = ent_all.docs + excluded.docs,
			mentions = ent_all.mentions + excluded.mentions`), k.actor, k.name, k.typ, v.docs, v.mentions); err != nil {
			return err
		}
	}
	return nil
}

// ActorNames returns, for each of the given actor codes that the corpus
// names, its most mentioned entity name (ties: the smaller name), as
// Actors names them. It reads ent_all only: a few rows per code.
func (s *DB) ActorNames(ctx context.Context, codes []string) (map[string]string, error) {
	out := map[string]string{}
	best := map[string]int64{}
	for len(codes) > 0 {
		n := min(len(codes), 500) // well under both backends' bound on parameters
		args := make([]any, n)
		for i, c := range codes[:n] {
			args[i] = c
		}
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT actor, name, sum(mentions) FROM ent_all WHERE actor IN (?`+
			strings.Repeat(", ?", n-1)+`) GROUP BY actor, name HAVING sum(docs) > 0`), args...)
		if err != nil {
			return nil, fail("actor names", err)
		}
		for rows.Next() {
			var a, name string
			var m int64
			if err := rows.Scan(&a, &name, &m); err != nil {
				rows.Close()
				return nil, fail("actor names", err)
			}
			if b, ok := best[a]; !ok || m > b || m == b && name < out[a] {
				best[a], out[a] = m, name
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fail("actor names", err)
		}
		codes = codes[n:]
	}
	return out, nil
}

var _ store.Store = (*DB)(nil)
