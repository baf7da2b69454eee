package sqldb

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"sitrep/internal/store"
)

// cubeWhere builds the conditions of f over net_day or loc_day, or reports
// that the filter uses something they do not keep (code, location...).
// Actor prefixes of any length filter net_day exactly as they filter
// events, since it keeps the full codes.
func cubeWhere(f store.EventFilter, net bool) (w where, ok bool) {
	if eventsOnly(f) {
		return w, false
	}
	if !net && (f.Actor != "" || f.Source != "" || f.Target != "") {
		return w, false
	}
	w.actors(f, "source", "target")
	if f.Quad != 0 {
		w.add("quad = ?", f.Quad)
	}
	if f.From != "" {
		w.add("day >= ?", f.From)
	}
	if f.To != "" {
		w.add("day <= ?", f.To)
	}
	if !f.IncludeNegated {
		w.add("hedged = 0")
	}
	if f.DedupClusters {
		w.add("dup = 0")
	}
	return w, true
}

// Network implements store.Store, from net_all (no date range) or
// net_month and net_day when the filter allows.
func (s *DB) Network(ctx context.Context, f store.EventFilter) ([]store.Edge, error) {
	var q string
	var args []any
	if w, ok := cubeWhere(f, true); ok && f.From == "" && f.To == "" {
		q = `SELECT source, target, sum(n), sum(gsum) FROM net_all` + w.sql() +
			` GROUP BY source, target HAVING sum(n) > 0 ORDER BY sum(n) DESC, source, target LIMIT ?`
		args = w.args
	} else if ok {
		q, args = netRollup(f)
	} else {
		w, needsDoc := eventWhere(f)
		from := "events e"
		if needsDoc {
			from += " JOIN documents d ON d.seq = e.doc"
		}
		w.add("e.source <> '' AND e.target <> ''")
		q = `SELECT e.source, e.target, count(*), sum(e.goldstein) FROM ` + from + w.sql() +
			` GROUP BY e.source, e.target ORDER BY count(*) DESC, e.source, e.target LIMIT ?`
		args = w.args
	}
	rows, err := s.db.QueryContext(ctx, s.q(q), append(args, store.Clamp(f.Limit))...)
	if err != nil {
		return nil, fail("network", err)
	}
	defer rows.Close()
	var out []store.Edge
	for rows.Next() {
		var e store.Edge
		var sum float64
		if err := rows.Scan(&e.Source, &e.Target, &e.Count, &sum); err != nil {
			return nil, fail("network", fmt.Errorf("scan: %w", err))
		}
		e.MeanGoldstein = math.Round(sum/float64(e.Count)*1000) / 1000
		out = append(out, e)
	}
	return out, fail("network", rows.Err())
}

// Places implements store.Store, from loc_day when the filter allows.
func (s *DB) Places(ctx context.Context, f store.EventFilter) ([]store.PlaceRow, error) {
	var q string
	var args []any
	if w, ok := cubeWhere(f, false); ok {
		q, args = `SELECT location, quad, sum(n), sum(gsum) FROM loc_day`+w.sql()+` GROUP BY location, quad`, w.args
	} else {
		w, needsDoc := eventWhere(f)
		from := "events e"
		if needsDoc {
			from += " JOIN documents d ON d.seq = e.doc"
		}
		q = `SELECT e.location, e.quad, count(*), sum(e.goldstein) FROM ` + from + w.sql() + ` GROUP BY e.location, e.quad`
		args = w.args
	}
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, fail("places", err)
	}
	defer rows.Close()
	type acc struct {
		store.PlaceRow
		sum float64
	}
	by := map[string]*acc{}
	for rows.Next() {
		var loc string
		var quad, n int
		var sum float64
		if err := rows.Scan(&loc, &quad, &n, &sum); err != nil {
			return nil, fail("places", err)
		}
		if n == 0 {
			continue // a rollup row emptied by reannotate
		}
		a := by[loc]
		if a == nil {
			a = &acc{PlaceRow: store.PlaceRow{Location: loc}}
			by[loc] = a
		}
		if quad < 1 || quad > 4 {
			quad = 0
		}
		a.Quad[quad] += n
		a.Count += n
		a.sum += sum
	}
	if err := rows.Err(); err != nil {
		return nil, fail("places", err)
	}
	out := make([]store.PlaceRow, 0, len(by))
	for _, a := range by {
		a.MeanGoldstein = math.Round(a.sum/float64(a.Count)*1000) / 1000
		out = append(out, a.PlaceRow)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Location < out[j].Location
	})
	return out, nil
}

// netRollup answers a network from net_year and net_month for the whole
// months of the date range (netyear.go) and from net_day for the days at
// its edges.
func netRollup(f store.EventFilter) (string, []any) {
	g := f
	g.From, g.To = "", ""
	lo, hi := fullMonths(f.From, f.To)
	var parts []string
	var args []any
	if lo <= hi {
		if f.From != "" && f.To != "" {
			parts, args = blockParts(func() where { w, _ := cubeWhere(g, true); return w }, lo, hi)
		} else {
			w, _ := cubeWhere(g, true)
			w.add("month >= ? AND month <= ?", lo, hi)
			parts = append(parts, `SELECT source, target, n, gsum FROM net_month`+w.sql())
			args = append(args, w.args...)
		}
		// The edge days: from up to the first whole month, and after the
		// last whole month up to to.
		var edges []string
		if f.From != "" {
			edges = append(edges, "(day >= ? AND day < ?)")
			args2 := []any{f.From, lo + "-01"}
			w, _ := cubeWhere(g, true)
			w.add(edges[0], args2...)
			parts = append(parts, `SELECT source, target, n, gsum FROM net_day`+w.sql())
			args = append(args, w.args...)
		}
		if f.To != "" {
			w, _ := cubeWhere(g, true)
			w.add("day > ? AND day <= ?", hi+"-99", f.To)
			parts = append(parts, `SELECT source, target, n, gsum FROM net_day`+w.sql())
			args = append(args, w.args...)
		}
	} else {
		w, _ := cubeWhere(f, true)
		parts = append(parts, `SELECT source, target, n, gsum FROM net_day`+w.sql())
		args = w.args
	}
	return `SELECT source, target, sum(n), sum(gsum) FROM (` + strings.Join(parts, " UNION ALL ") +
		`) t GROUP BY source, target HAVING sum(n) > 0 ORDER BY sum(n) DESC, source, target LIMIT ?`, args
}

// fullMonths returns the first and last month (YYYY-MM) lying wholly in
// [from, to]; "" and "9999-12" stand for no bound. lo > hi means none.
func fullMonths(from, to string) (lo, hi string) {
	lo, hi = "", "9999-12"
	if from != "" {
		t, err := time.Parse("2006-01-02", from)
		if err != nil {
			return "1", "0"
		}
		if t.Day() != 1 {
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		}
		lo = t.Format("2006-01")
	}
	if to != "" {
		t, err := time.Parse("2006-01-02", to)
		if err != nil {
			return "1", "0"
		}
		if t.AddDate(0, 0, 1).Day() != 1 {
			t = time.Date(t.Year(), t.Month(), 0, 0, 0, 0, 0, time.UTC) // the last day of the month before
		}
		hi = t.Format("2006-01")
	}
	return lo, hi
}
