package server

import (
	"errors"
	"net/url"

	"sitrep/internal/query"
	"sitrep/internal/store"
)

// eventParams are the parameters of every endpoint that selects events:
// the filters of `sitrep query` (one parser, internal/query), so that the
// page, the API and the command line select the same events.
var eventParams = query.EventKeys

// parseEvents reads the event filters plus the extra parameters the
// endpoint accepts (which the caller reads). The API is stricter than the
// command line about the shape of a request (unknown or repeated
// parameters, overlong values: see params.go); the values themselves are
// checked by internal/query.
func parseEvents(v url.Values, extra ...string) (*params, store.EventFilter) {
	p := newParams(v, append(append([]string{}, eventParams...), extra...)...)
	for _, k := range eventParams {
		p.text(k) // bounds the length of free-text values
	}
	if p.err != nil {
		return p, store.EventFilter{}
	}
	f, err := query.EventValues(v)
	var pe *query.ParamError
	if errors.As(err, &pe) {
		p.fail(badParam(pe.Param, "%s", pe.Err.Error()))
	} else if err != nil {
		p.fail(err)
	}
	return p, f
}
