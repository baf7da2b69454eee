package sqldb

import (
	"context"
	"database/sql"
	"sort"
	"strings"
)

// Second-generation rollups, for the views that must stay fast on millions
// of events whatever the actor filter:
//   - net_day: events per day and exact (source, target) pair, with the sum
//     of their Goldstein values: the actor network reads a few thousand
//     rows where the events table would give tens of thousands; actor
//     prefixes of any length filter it exactly as they filter events;
//   - loc_day: events per day and location (the map);
//   - tallies: running counts for Stats (documents, events, text bytes...),
//     so that Stats never counts whole tables.
//
// Both day tables keep events without a day (day "") too: the network and
// the map count them when no date range is given.
func cubeSchema(byteLen string) string {
	return `
CREATE TABLE net_day (day TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, quad INTEGER NOT NULL,
	hedged INTEGER NOT NULL, dup INTEGER NOT NULL, n BIGINT NOT NULL, gsum DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (day, source, target, quad, hedged, dup));
CREATE TABLE loc_day (day TEXT NOT NULL, location TEXT NOT NULL, quad INTEGER NOT NULL, hedged INTEGER NOT NULL,
	dup INTEGER NOT NULL, n BIGINT NOT NULL, gsum DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (day, location, quad, hedged, dup));
CREATE TABLE tallies (name TEXT PRIMARY KEY, n BIGINT NOT NULL);
CREATE INDEX documents_outlet ON documents (outlet, published);
` + cubeFill(byteLen)
}

// cubeFill computes net_day, loc_day and tallies from the other tables.
func cubeFill(byteLen string) string {
	return `
INSERT INTO net_day (day, source, target, quad, hedged, dup, n, gsum)
	SELECT day, source, target, quad, hedged, dup, count(*), sum(goldstein) FROM events
	WHERE source <> '' AND target <> '' GROUP BY day, source, target, quad, hedged, dup;
INSERT INTO loc_day (day, location, quad, hedged, dup, n, gsum)
	SELECT day, location, quad, hedged, dup, count(*), sum(goldstein) FROM events
	GROUP BY day, location, quad, hedged, dup;
INSERT INTO tallies (name, n) SELECT 'documents', count(*) FROM documents;
INSERT INTO tallies (name, n) SELECT 'text_bytes', coalesce(sum(` + byteLen + `), 0) FROM documents;
INSERT INTO tallies (name, n) SELECT 'entities', count(*) FROM entities;
INSERT INTO tallies (name, n) SELECT 'mentions', count(*) FROM mentions;
INSERT INTO tallies (name, n) SELECT 'events', count(*) FROM events;
INSERT INTO tallies (name, n) SELECT 'quotes', count(*) FROM quotes;
INSERT INTO tallies (name, n) SELECT 'figures', count(*) FROM quantities;
INSERT INTO tallies (name, n) SELECT 'times', count(*) FROM times;
INSERT INTO tallies (name, n) SELECT 'inputs', count(*) FROM inputs WHERE state <> 'pending';
INSERT INTO tallies (name, n) SELECT 'inputs_failed', count(*) FROM inputs WHERE state = 'failed';
`
}

// monthSchema adds net_month: net_day summed per month (YYYY-MM; "" for
// events without a day), so that a network over months or years reads a
// few rows per pair instead of one per day.
const monthSchema = `
CREATE TABLE net_month (month TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, quad INTEGER NOT NULL,
	hedged INTEGER NOT NULL, dup INTEGER NOT NULL, n BIGINT NOT NULL, gsum DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (month, source, target, quad, hedged, dup));
` + monthFill

const monthFill = `
INSERT INTO net_month (month, source, target, quad, hedged, dup, n, gsum)
	SELECT substr(day, 1, 7), source, target, quad, hedged, dup, sum(n), sum(gsum) FROM net_day
	GROUP BY substr(day, 1, 7), source, target, quad, hedged, dup;
`

// MonthSchema is the migration that adds net_month.
func MonthSchema() string { return monthSchema }

// CubeSchema is the migration that adds net_day, loc_day and tallies and
// fills them from the tables already there. byteLen is the dialect's
// expression for the length of documents.text in bytes.
func CubeSchema(byteLen string) string { return cubeSchema(byteLen) }

// delta is what one write transaction changes in the rollups and tallies.
type delta struct {
	evs   []rollEvent
	ents  map[entKey]entVal // ent_all changes (summary.go)
	tally map[string]int64
	stmts map[string]*sql.Stmt
}

// exec runs a statement prepared once per transaction: ingest writes the
// same few inserts thousands of times per commit.
func (d *delta) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	st := d.stmts[q]
	if st == nil {
		var err error
		if st, err = tx.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		if d.stmts == nil {
			d.stmts = map[string]*sql.Stmt{}
		}
		d.stmts[q] = st
	}
	return st.ExecContext(ctx, args...)
}

// close releases the prepared statements.
func (d *delta) close() {
	for _, st := range d.stmts {
		st.Close()
	}
}

func (d *delta) count(name string, n int64) {
	if n == 0 {
		return
	}
	if d.tally == nil {
		d.tally = map[string]int64{}
	}
	d.tally[name] += n
}

// Kinds of cube rows, in lock order.
const (
	cubeLoc = iota
	cubeNet
	cubeMonth
	cubeAll  // net_all: a and b are source and target, day is ""
	cubeYear // net_year: day is the year
)

type cubeKey struct {
	kind              int
	a, b, day         string
	quad, hedged, dup int
}

type cubeVal struct {
	n    int64
	gsum float64
}

// cube applies the events of a transaction to net_day and loc_day, then the
// tallies, each in a fixed key order (the lock order on PostgreSQL).
func (s *DB) cube(ctx context.Context, tx *sql.Tx, d *delta) error {
	acc := map[cubeKey]cubeVal{}
	for _, e := range d.evs {
		add := func(k cubeKey) {
			v := acc[k]
			v.n += int64(e.sign)
			v.gsum += float64(e.sign) * e.goldstein
			acc[k] = v
		}
		add(cubeKey{day: e.day, quad: e.quad, hedged: e.hedged, dup: e.dup, a: e.location})
		if e.source == "" || e.target == "" {
			continue
		}
		k := cubeKey{kind: cubeNet, day: e.day, quad: e.quad, hedged: e.hedged, dup: e.dup, a: e.source, b: e.target}
		add(k)
		k.kind, k.day = cubeMonth, e.day[:min(len(e.day), 7)]
		add(k)
		k.kind, k.day = cubeAll, ""
		add(k)
		if len(e.day) >= 4 {
			k.kind, k.day = cubeYear, e.day[:4]
			add(k)
		}
	}
	ks := make([]cubeKey, 0, len(acc))
	for k := range acc {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return cubeLess(ks[i], ks[j]) })
	var netStmt, locStmt, monthStmt *sql.Stmt
	for _, k := range ks {
		v := acc[k]
		var err error
		switch k.kind {
		case cubeYear:
			_, err = d.exec(ctx, tx, s.q(`INSERT INTO net_year (year, source, target, quad, hedged, dup, n, gsum)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year, source, target, quad, hedged, dup)
				DO UPDATE SET n = net_year.n + excluded.n, gsum = net_year.gsum + excluded.gsum`),
				k.day, k.a, k.b, k.quad, k.hedged, k.dup, v.n, v.gsum)
		case cubeAll:
			_, err = d.exec(ctx, tx, s.q(`INSERT INTO net_all (source, target, quad, hedged, dup, n, gsum)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, target, quad, hedged, dup)
				DO UPDATE SET n = net_all.n + excluded.n, gsum = net_all.gsum + excluded.gsum`),
				k.a, k.b, k.quad, k.hedged, k.dup, v.n, v.gsum)
		case cubeMonth:
			if monthStmt == nil {
				if monthStmt, err = tx.PrepareContext(ctx, s.q(`INSERT INTO net_month (month, source, target, quad, hedged, dup, n, gsum)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (month, source, target, quad, hedged, dup)
					DO UPDATE SET n = net_month.n + excluded.n, gsum = net_month.gsum + excluded.gsum`)); err != nil {
					return err
				}
				defer monthStmt.Close()
			}
			_, err = monthStmt.ExecContext(ctx, k.day, k.a, k.b, k.quad, k.hedged, k.dup, v.n, v.gsum)
		case cubeNet:
			if netStmt == nil {
				if netStmt, err = tx.PrepareContext(ctx, s.q(`INSERT INTO net_day (day, source, target, quad, hedged, dup, n, gsum)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, source, target, quad, hedged, dup)
					DO UPDATE SET n = net_day.n + excluded.n, gsum = net_day.gsum + excluded.gsum`)); err != nil {
					return err
				}
				defer netStmt.Close()
			}
			_, err = netStmt.ExecContext(ctx, k.day, k.a, k.b, k.quad, k.hedged, k.dup, v.n, v.gsum)
		default:
			if locStmt == nil {
				if locStmt, err = tx.PrepareContext(ctx, s.q(`INSERT INTO loc_day (day, location, quad, hedged, dup, n, gsum)
					VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, location, quad, hedged, dup)
					DO UPDATE SET n = loc_day.n + excluded.n, gsum = loc_day.gsum + excluded.gsum`)); err != nil {
					return err
				}
				defer locStmt.Close()
			}
			_, err = locStmt.ExecContext(ctx, k.day, k.a, k.quad, k.hedged, k.dup, v.n, v.gsum)
		}
		if err != nil {
			return err
		}
	}
	names := make([]string, 0, len(d.tally))
	for n, v := range d.tally {
		if v != 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO tallies (name, n) VALUES (?, ?)
			ON CONFLICT (name) DO UPDATE SET n = tallies.n + excluded.n`), n, d.tally[n]); err != nil {
			return err
		}
	}
	return nil
}

func cubeLess(a, b cubeKey) bool {
	if a.kind != b.kind {
		return a.kind < b.kind
	}
	if c := strings.Compare(a.day, b.day); c != 0 {
		return c < 0
	}
	if c := strings.Compare(a.a, b.a); c != 0 {
		return c < 0
	}
	if c := strings.Compare(a.b, b.b); c != 0 {
		return c < 0
	}
	if a.quad != b.quad {
		return a.quad < b.quad
	}
	if a.hedged != b.hedged {
		return a.hedged < b.hedged
	}
	return a.dup < b.dup
}
