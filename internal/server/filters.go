package server

import (
	"net/url"
	"strings"

	"sitrep/internal/store"
)

// Parameters accepted by every endpoint that selects events.
var eventParams = []string{"actor", "dyad", "source", "target", "code", "root", "quad", "plover",
	"from", "to", "location", "doc", "reporter", "outlet", "include_negated", "dedup"}

// eventQuery is an event selection: the store's filter plus what the store
// cannot filter on (the outlet), which the server applies to the rows.
type eventQuery struct {
	store.EventFilter
	Outlet string
}

// parseEvents reads the event filters of eventParams plus extra parameters
// the endpoint accepts; the page parameters are read by the caller.
func parseEvents(v url.Values, extra ...string) (*params, eventQuery) {
	p := newParams(v, append(append([]string{}, eventParams...), extra...)...)
	var q eventQuery
	f := &q.EventFilter
	f.Actor = p.actor("actor")
	f.Source, f.Target = p.actor("source"), p.actor("target")
	if s, t := p.dyad("dyad"); s != "" {
		if f.Source != "" || f.Target != "" {
			p.fail(badParam("dyad", "give either dyad or source/target, not both"))
		}
		f.Source, f.Target = s, t
	}
	f.Code = p.digits("code", 2, 4, "a CAMEO event code (2-4 digits such as 191)")
	f.Root = p.digits("root", 2, 2, "a CAMEO root (two digits such as 19)")
	if f.Code != "" && f.Root != "" && !strings.HasPrefix(f.Code, f.Root) {
		p.fail(badParam("root", "root %s contradicts code %s", f.Root, f.Code))
	}
	f.Quad = p.intIn("quad", 0, 1, 4)
	f.Plover = strings.ToUpper(p.text("plover"))
	if f.Plover != "" && strings.Trim(f.Plover, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") != "" {
		p.fail(badParam("plover", "%q is not a PLOVER event type (letters such as PROTEST or ASSAULT)", v.Get("plover")))
	}
	f.From, f.To = p.dateRange()
	f.Location = p.text("location")
	f.DocID = p.text("doc")
	f.ReportedBy = p.text("reporter")
	f.IncludeNegated = p.boolean("include_negated")
	f.DedupClusters = p.boolean("dedup")
	q.Outlet = p.text("outlet")
	return p, q
}
