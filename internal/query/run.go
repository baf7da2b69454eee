package query

import (
	"context"
	"net/url"

	"sitrep/internal/store"
)

// Run checks the filters of a kind of query, runs it on st and returns its
// rows: []store.EventRow for events, []store.TimelineRow for timeline,
// []store.Edge for network, []store.ActorRow, []store.QuoteRow,
// []store.FigureRow, []store.DocRow, []store.SearchHit. Bad filters are
// errs.Usage errors (exit code 2, HTTP 400) naming the value.
func Run(ctx context.Context, st store.Store, kind string, v url.Values) (any, error) {
	if err := check(kind, v); err != nil {
		return nil, err
	}
	switch kind {
	case "events", "timeline", "network":
		f, err := parseEvents(v)
		if err != nil {
			return nil, usage(kind, err)
		}
		switch kind {
		case "timeline":
			bucket, err := ParseBucket(v)
			if err != nil {
				return nil, err
			}
			return st.Timeline(ctx, f, bucket)
		case "network":
			return st.Network(ctx, f)
		}
		return st.Events(ctx, f)
	case "actors":
		f, err := ParseActorFilter(v)
		if err != nil {
			return nil, err
		}
		return st.Actors(ctx, f)
	case "quotes":
		f, err := ParseQuoteFilter(v)
		if err != nil {
			return nil, err
		}
		return st.Quotes(ctx, f)
	case "figures":
		f, err := ParseFigureFilter(v)
		if err != nil {
			return nil, err
		}
		return st.Figures(ctx, f)
	case "docs":
		f, err := ParseDocFilter(v)
		if err != nil {
			return nil, err
		}
		return st.Docs(ctx, f)
	}
	q, limit, err := ParseSearch(v)
	if err != nil {
		return nil, err
	}
	return st.Search(ctx, q, limit)
}
