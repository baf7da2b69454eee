package server

import (
	"context"

	"sitrep/internal/store"
)

// Scanning bounds the work of a request that must look at event rows
// itself (the map, and any selection by outlet, which the store cannot
// filter): at most scanCap rows are read, in windows of scanWindow, and
// the answer says "truncated" when the cap was reached.
const (
	scanWindow = 5000
	scanCap    = 50000
)

// scan calls fn for each event matching q, in the store's order, until fn
// returns false or scanCap rows were read. It reports whether the cap
// stopped it.
func scan(ctx context.Context, st store.Store, q eventQuery, fn func(*store.EventRow) bool) (truncated bool, err error) {
	f := q.EventFilter
	f.Limit, f.Offset = scanWindow, 0
	for read := 0; ; {
		rows, err := st.Events(ctx, f)
		if err != nil {
			return false, err
		}
		for i := range rows {
			if q.Outlet != "" && rows[i].Outlet != q.Outlet {
				continue
			}
			if !fn(&rows[i]) {
				return false, nil
			}
		}
		read += len(rows)
		if len(rows) < f.Limit {
			return false, nil
		}
		if read >= scanCap {
			return true, nil
		}
		f.Offset += len(rows)
		if err := ctx.Err(); err != nil {
			return false, err
		}
	}
}

// listEvents returns one page of events and whether more follow. Without
// an outlet the store pages; with one, the server skips and counts.
func listEvents(ctx context.Context, st store.Store, q eventQuery, limit, offset int) ([]store.EventRow, bool, error) {
	if q.Outlet == "" {
		f := q.EventFilter
		f.Limit, f.Offset = limit+1, offset
		rows, err := st.Events(ctx, f)
		if err != nil {
			return nil, false, err
		}
		more := len(rows) > limit
		return rows[:min(len(rows), limit)], more, nil
	}
	var out []store.EventRow
	seen, more := 0, false
	_, err := scan(ctx, st, q, func(r *store.EventRow) bool {
		seen++
		if seen <= offset {
			return true
		}
		if len(out) == limit {
			more = true
			return false
		}
		out = append(out, *r)
		return true
	})
	return out, more, err
}
