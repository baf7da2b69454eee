package server

import (
	"sort"

	"sitrep/internal/store"
)

// The store aggregates timelines and networks itself; these versions work
// on scanned rows, for selections the store cannot express (by outlet).

type timelineAgg struct {
	week bool
	rows map[string]*store.TimelineRow
}

func newTimelineAgg(bucket string) *timelineAgg {
	return &timelineAgg{week: bucket == "week", rows: map[string]*store.TimelineRow{}}
}

func (a *timelineAgg) add(r *store.EventRow) {
	if r.Day == "" {
		return
	}
	b := r.Day
	if a.week {
		b = store.Week(b)
	}
	row := a.rows[b]
	if row == nil {
		row = &store.TimelineRow{Bucket: b}
		a.rows[b] = row
	}
	q := r.Quad
	if q < 0 || q > 4 {
		q = 0
	}
	row.Quad[q]++
}

func (a *timelineAgg) result() []store.TimelineRow {
	out := make([]store.TimelineRow, 0, len(a.rows))
	for _, r := range a.rows {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Bucket < out[j].Bucket })
	return out
}

type networkAgg struct {
	edges map[[2]string]*edgeSum
}

type edgeSum struct {
	n   int
	sum float64
}

func newNetworkAgg() *networkAgg { return &networkAgg{edges: map[[2]string]*edgeSum{}} }

func (a *networkAgg) add(r *store.EventRow) {
	if r.Source == "" || r.Target == "" {
		return
	}
	k := [2]string{r.Source, r.Target}
	e := a.edges[k]
	if e == nil {
		e = &edgeSum{}
		a.edges[k] = e
	}
	e.n++
	e.sum += r.Goldstein
}

// result orders edges like the store: count descending, then source, target.
func (a *networkAgg) result(limit int) []store.Edge {
	out := make([]store.Edge, 0, len(a.edges))
	for k, e := range a.edges {
		out = append(out, store.Edge{Source: k[0], Target: k[1], Count: e.n, MeanGoldstein: e.sum / float64(e.n)})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	return out[:min(len(out), limit)]
}
