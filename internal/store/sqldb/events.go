package sqldb

import (
	"context"
	"sort"
	"strings"

	"sitrep/internal/errs"
	"sitrep/internal/store"
)

// where accumulates SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) prefix(col, p string) {
	lo, hi := store.Prefix(p)
	w.add(col+" >= ? AND "+col+" < ?", lo, hi)
}

func (w *where) contains(col, sub string) {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	w.add("lower("+col+") LIKE ? ESCAPE '\\'", "%"+r.Replace(strings.ToLower(sub))+"%")
}

// actors adds the actor, source and target prefixes of f over the given
// source and target columns (events and the network rollups share them).
func (w *where) actors(f store.EventFilter, src, tgt string) {
	if f.Actor != "" {
		lo, hi := store.Prefix(f.Actor)
		w.add("(("+src+" >= ? AND "+src+" < ?) OR ("+tgt+" >= ? AND "+tgt+" < ?))", lo, hi, lo, hi)
	}
	if f.Source != "" {
		w.prefix(src, f.Source)
	}
	if f.Target != "" {
		w.prefix(tgt, f.Target)
	}
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// eventWhere builds the conditions of an event filter over events e
// (joined with documents d only when needsDoc reports so).
func eventWhere(f store.EventFilter) (w where, needsDoc bool) {
	return eventWhereBy(f, "e.source", "e.target")
}

// eventWhereBy is eventWhere with the expressions for the actor columns:
// "(e.source || ”)" keeps a query off the actor indexes, when scanning a
// few days is cheaper.
func eventWhereBy(f store.EventFilter, src, tgt string) (w where, needsDoc bool) {
	w.actors(f, src, tgt)
	if f.Code != "" {
		w.add("e.code = ?", f.Code)
	}
	if f.Root != "" {
		w.add("e.root = ?", f.Root)
	}
	if f.Quad != 0 {
		w.add("e.quad = ?", f.Quad)
	}
	if f.Plover != "" {
		w.add("e.plover = ?", f.Plover)
	}
	if f.Context != "" {
		w.add(`e.contexts LIKE ? ESCAPE '\'`, contextLike(f.Context))
	}
	if f.From != "" {
		w.add("e.day >= ?", f.From)
	}
	if f.To != "" {
		w.add("e.day <= ?", f.To)
	}
	if f.Location != "" {
		w.contains("e.location", f.Location)
	}
	if f.ReportedBy != "" {
		w.add("e.reported_by = ?", f.ReportedBy)
	}
	if f.DocID != "" {
		w.add("d.id = ?", f.DocID)
		needsDoc = true
	}
	if f.Outlet != "" {
		w.add("d.outlet = ?", f.Outlet)
		needsDoc = true
	}
	if !f.IncludeNegated {
		w.add("e.hedged = 0")
	}
	if f.DedupClusters {
		w.add("e.dup = 0")
	}
	return w, needsDoc
}

// dayScanMax is the number of events up to which reading whole days beats
// an actor index (see window.go).
const dayScanMax = 20000

// Events implements store.Store.
func (s *DB) Events(ctx context.Context, f store.EventFilter) ([]store.EventRow, error) {
	limit, offset := store.Clamp(f.Limit), max(f.Offset, 0)
	win, ok, err := s.dayWindow(ctx, f, limit, offset)
	if err != nil {
		return nil, fail("query events", err)
	}
	if ok && win.empty {
		return nil, nil
	}
	w, _ := eventWhere(f)
	if ok {
		if win.span <= dayScanMax || win.span <= 2*win.total {
			w, _ = eventWhereBy(f, "(e.source || '')", "(e.target || '')")
		}
		if win.lo != "" {
			w.add("e.day >= ?", win.lo)
		}
		if win.hi != "" {
			w.add("e.day <= ?", win.hi)
		}
		offset -= win.skip
	}
	q := `SELECT d.id, d.cluster, e.seq, e.day, d.published, d.outlet, d.url, e.source, e.target, e.code,
		e.root, e.quad, e.goldstein, e.plover, e.negated, e.hypothetical, e.reported_by, e.location, e.date,
		e.sentence, e.evidence, e.start_, e.end_, d.tone, e.contexts
		FROM events e JOIN documents d ON d.seq = e.doc` + w.sql() +
		` ORDER BY e.day, d.id, e.seq LIMIT ? OFFSET ?`
	rows, err := s.db.QueryContext(ctx, s.q(q), append(w.args, limit, offset)...)
	if err != nil {
		return nil, fail("query events", err)
	}
	defer rows.Close()
	var out []store.EventRow
	for rows.Next() {
		var r store.EventRow
		var neg, hyp int
		var ctxs string
		if err := rows.Scan(&r.DocID, &r.Cluster, &r.Seq, &r.Day, &r.Published, &r.Outlet, &r.URL, &r.Source,
			&r.Target, &r.Code, &r.Root, &r.Quad, &r.Goldstein, &r.Plover, &neg, &hyp, &r.ReportedBy,
			&r.Location, &r.Date, &r.Sentence, &r.Evidence, &r.Start, &r.End, &r.Tone, &ctxs); err != nil {
			return nil, fail("query events", err)
		}
		r.Negated, r.Hypothetical = neg != 0, hyp != 0
		r.Contexts = parseContexts(ctxs)
		out = append(out, r)
	}
	return out, fail("query events", rows.Err())
}

// Timeline implements store.Store. The database groups by day and
// QuadClass; weeks are folded here, which keeps the SQL portable and the
// grouping on an index.
func (s *DB) Timeline(ctx context.Context, f store.EventFilter, bucket string) ([]store.TimelineRow, error) {
	if bucket != "day" && bucket != "week" {
		return nil, errs.Ef("timeline", errs.Usage, "bucket %q: want day or week", bucket)
	}
	q, args := rollupTimeline(f)
	if q == "" {
		w, needsDoc := eventWhere(f)
		from := "events e"
		if needsDoc {
			from += " JOIN documents d ON d.seq = e.doc"
		}
		w.add("e.day <> ''")
		q, args = `SELECT e.day, e.quad, count(*) FROM `+from+w.sql()+` GROUP BY e.day, e.quad`, w.args
	}
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fail("timeline", err)
	}
	defer rows.Close()
	byKey := map[string]*store.TimelineRow{}
	for rows.Next() {
		var day string
		var quad, n int
		if err := rows.Scan(&day, &quad, &n); err != nil {
			return nil, fail("timeline", err)
		}
		if n == 0 {
			continue // a rollup row emptied by reannotate
		}
		k := day
		if bucket == "week" {
			k = store.Week(day)
		}
		r := byKey[k]
		if r == nil {
			r = &store.TimelineRow{Bucket: k}
			byKey[k] = r
		}
		if quad < 1 || quad > 4 {
			quad = 0
		}
		r.Quad[quad] += n
	}
	if err := rows.Err(); err != nil {
		return nil, fail("timeline", err)
	}
	out := make([]store.TimelineRow, 0, len(byKey))
	for _, r := range byKey {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Bucket < out[j].Bucket })
	return out, nil
}

// eventsOnly reports whether f filters on what only the events table (and
// documents) keep, so that no rollup or cube can answer it.
func eventsOnly(f store.EventFilter) bool {
	return f.Code != "" || f.Root != "" || f.Plover != "" || f.Context != "" || f.Location != "" || f.DocID != "" ||
		f.ReportedBy != "" || f.Outlet != ""
}

// rollupTimeline answers a timeline from the rollups when the filter only
// uses what they keep; "" means the events table must be read.
func rollupTimeline(f store.EventFilter) (string, []any) {
	table, w, ok := rollupWhere(f)
	if !ok {
		return "", nil
	}
	return `SELECT day, quad, sum(n) FROM ` + table + w.sql() + ` GROUP BY day, quad`, w.args
}

// rollupWhere gives the timeline rollup table and conditions for f, or
// ok=false when f uses what the rollups do not keep.
func rollupWhere(f store.EventFilter) (table string, w where, ok bool) {
	g := f
	g.Context = "" // tl_ctx keeps it
	if eventsOnly(g) {
		return "", w, false
	}
	key := func(c string) bool { return c == "" || len(c)%3 == 0 }
	if !key(f.Actor) || !key(f.Source) || !key(f.Target) || f.Actor != "" && (f.Source != "" || f.Target != "") {
		return "", w, false
	}
	table = "tl_all"
	switch {
	case f.Context != "" && (f.Actor != "" || f.Source != "" || f.Target != ""):
		return "", w, false // no rollup keeps both: the events table answers
	case f.Context != "":
		table = "tl_ctx"
		w.add("context = ?", f.Context)
	case f.Actor != "":
		table = "tl_actor"
		w.add("actor = ?", f.Actor)
	case f.Source != "" || f.Target != "":
		table = "tl_dyad"
		w.add("source = ? AND target = ?", f.Source, f.Target)
	}
	if f.From != "" {
		w.add("day >= ?", f.From)
	}
	if f.To != "" {
		w.add("day <= ?", f.To)
	}
	if f.Quad != 0 {
		w.add("quad = ?", f.Quad)
	}
	if !f.IncludeNegated {
		w.add("hedged = 0")
	}
	if f.DedupClusters {
		w.add("dup = 0")
	}
	return table, w, true
}
