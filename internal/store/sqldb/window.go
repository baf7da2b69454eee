package sqldb

import (
	"context"
	"sort"

	"sitrep/internal/store"
)

// A page of events is ordered by event day first. Sorting every matching
// event to return the first hundred is what made listings slow on large
// corpora (a frequent dyad matches tens of thousands of events), so when
// the timeline rollups can count the filter per day, Events first works
// out the days the page falls in, then reads only those days.

// window is the stretch of days one page of events lies in.
type window struct {
	lo, hi string // inclusive; "" = unbounded
	skip   int    // matching events before lo, to subtract from the offset
	span   int64  // events of any kind in [lo, hi] (how much a day scan reads)
	total  int64  // events matching the filter
	empty  bool   // the offset lies past the last matching event
}

// dayWindow finds the window of the page [offset, offset+limit) of f, or
// ok=false when the rollups cannot count f.
func (s *DB) dayWindow(ctx context.Context, f store.EventFilter, limit, offset int) (win window, ok bool, err error) {
	table, rw, ok := rollupWhere(f)
	if !ok {
		return win, false, nil
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT day, sum(n) FROM `+table+rw.sql()+` GROUP BY day`), rw.args...)
	if err != nil {
		return win, false, err
	}
	type dayN struct {
		day string
		n   int64
	}
	var days []dayN
	for rows.Next() {
		var d dayN
		if err := rows.Scan(&d.day, &d.n); err != nil {
			rows.Close()
			return win, false, err
		}
		if d.n > 0 {
			days = append(days, d)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return win, false, err
	}
	sort.Slice(days, func(i, j int) bool { return days[i].day < days[j].day })
	// Events without a day sort first and are not in the rollups: count
	// them directly (an index lookup on day = '').
	if f.From == "" {
		w, needsDoc := eventWhere(f)
		from := "events e"
		if needsDoc {
			from += " JOIN documents d ON d.seq = e.doc"
		}
		w.add("e.day = ''")
		var n0 int64
		if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM `+from+w.sql()), w.args...).Scan(&n0); err != nil {
			return win, false, err
		}
		if n0 > 0 {
			days = append([]dayN{{"", n0}}, days...)
		}
	}
	var cum int64
	found := false
	for _, d := range days {
		win.total += d.n
		if found && win.hi != "" {
			continue
		}
		if !found && cum+d.n > int64(offset) {
			found, win.lo, win.skip = true, d.day, int(cum)
		}
		cum += d.n
		if found && cum >= int64(offset+limit) {
			win.hi = d.day
		}
	}
	if !found {
		win.empty = true
		return win, true, nil
	}
	var w where
	if win.lo != "" {
		w.add("day >= ?", win.lo)
	}
	if win.hi != "" {
		w.add("day <= ?", win.hi)
	}
	var span int64
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT coalesce(sum(n), 0) FROM tl_all`+w.sql()), w.args...).Scan(&span); err != nil {
		return win, false, err
	}
	win.span = span
	return win, true, nil
}
