// Package query turns filters given as flags or URL query values into
// store filters, runs them, and writes the results as a table, JSON or
// CSV. `sitrep query` and the HTTP API share it, so both accept the same
// names and refuse bad values with the same messages. It does no HTTP.
package query

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"

	"sitrep/internal/errs"
	"sitrep/internal/store"
)

// Keys accepted by each kind of query. A key outside its kind's list is an
// error rather than silently ignored: a filter that does nothing would
// give a wrong answer that looks right.
var kindKeys = map[string][]string{
	"events":   append(EventKeys[:len(EventKeys):len(EventKeys)], "limit", "offset"),
	"timeline": append(EventKeys[:len(EventKeys):len(EventKeys)], "bucket"),
	"network":  append(EventKeys[:len(EventKeys):len(EventKeys)], "limit"),
	"actors":   {"actor", "name", "type", "from", "to", "limit"},
	"quotes":   {"speaker", "words", "doc", "from", "to", "limit", "offset"},
	"figures":  {"category", "about", "unit", "doc", "from", "to", "limit", "offset"},
	"docs":     {"outlet", "from", "to", "cluster", "limit", "offset"},
	"search":   {"q", "words", "limit"},
}

// Kinds lists the kinds of query, sorted.
func Kinds() []string {
	ks := make([]string, 0, len(kindKeys))
	for k := range kindKeys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// check refuses unknown kinds and keys that do not apply to the kind.
func check(kind string, v url.Values) error {
	allowed, ok := kindKeys[kind]
	if !ok {
		return errs.Ef("query", errs.Usage, "unknown kind %q (want one of %s)", kind, strings.Join(Kinds(), ", "))
	}
	var bad []string
	for k := range v {
		if !slices.Contains(allowed, k) {
			bad = append(bad, k)
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return errs.Ef("query "+kind, errs.Usage, "filter %s does not apply (%s take %s)", strings.Join(bad, ", "), kind, strings.Join(allowed, ", "))
	}
	return nil
}

// usage wraps a validation error as a usage error of a kind of query.
func usage(kind string, err error) error { return errs.E("query "+kind, errs.Usage, err) }

// boolFlag reads a boolean key; a key given without a value ("?dedup") is true.
func boolFlag(v url.Values, key string) (bool, error) {
	if v.Has(key) && v.Get(key) == "" {
		return true, nil
	}
	return boolean(key, v.Get(key))
}

// ParseEventFilter reads the event filters: actor, source, target, dyad
// (SOURCE,TARGET), code, root, quad, plover, context, from, to, location, doc,
// reporter, dedup, include_negated, limit, offset. Timeline and network queries
// use the same filter.
func ParseEventFilter(v url.Values) (store.EventFilter, error) {
	f, err := parseEvents(v)
	if err != nil {
		return f, usage("events", err)
	}
	return f, nil
}

func parseEvents(v url.Values) (f store.EventFilter, err error) {
	if f, err = EventValues(v); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(v)
	return f, err
}

// ParamError is a bad filter value, naming the parameter (or flag) it came
// from, so that the HTTP API can answer a 400 that points at it.
type ParamError struct {
	Param string
	Err   error
}

func (e *ParamError) Error() string { return e.Err.Error() }
func (e *ParamError) Unwrap() error { return e.Err }

func param(name string, err error) error {
	if err == nil {
		return nil
	}
	return &ParamError{Param: name, Err: err}
}

// EventKeys are the event filters shared by events, timeline and network
// queries, for `sitrep query` and the HTTP API alike.
var EventKeys = []string{"actor", "source", "target", "dyad", "code", "root", "quad", "plover", "context",
	"from", "to", "location", "doc", "reporter", "outlet", "dedup", "include_negated"}

// EventValues reads the event filters of EventKeys (not limit and offset,
// whose bounds differ between the command line and the API). Errors are
// *ParamError.
func EventValues(v url.Values) (f store.EventFilter, err error) {
	if f.Actor, err = actorCode("actor", v.Get("actor")); err != nil {
		return f, param("actor", err)
	}
	if f.Source, err = actorCode("source", v.Get("source")); err != nil {
		return f, param("source", err)
	}
	if f.Target, err = actorCode("target", v.Get("target")); err != nil {
		return f, param("target", err)
	}
	if d := v.Get("dyad"); d != "" {
		sep := ","
		if strings.Contains(d, ":") {
			sep = ":" // the API's spelling, AZE:ARM
		}
		a, b, ok := strings.Cut(d, sep)
		if !ok || f.Source != "" || f.Target != "" {
			return f, param("dyad", fmt.Errorf("dyad %q: want SOURCE,TARGET or SOURCE:TARGET (e.g. AZE,ARM), without source or target", d))
		}
		if f.Source, err = actorCode("dyad source", a); err != nil {
			return f, param("dyad", err)
		}
		if f.Target, err = actorCode("dyad target", b); err != nil {
			return f, param("dyad", err)
		}
	}
	var root string
	if f.Code, root, err = eventCode(v.Get("code")); err != nil {
		return f, param("code", err)
	}
	if f.Root, err = cameoRoot(v.Get("root")); err != nil {
		return f, param("root", err)
	}
	if root != "" {
		if f.Root != "" && f.Root != root {
			return f, param("root", fmt.Errorf("code %s and root %s contradict each other", root, f.Root))
		}
		f.Root = root
	}
	if f.Code != "" && f.Root != "" && f.Code[:2] != f.Root {
		return f, param("root", fmt.Errorf("code %s is not under root %s", f.Code, f.Root))
	}
	if f.Quad, err = quad(v.Get("quad")); err != nil {
		return f, param("quad", err)
	}
	if f.Plover, err = plover(v.Get("plover")); err != nil {
		return f, param("plover", err)
	}
	if f.Context, err = ploverContext(v.Get("context")); err != nil {
		return f, param("context", err)
	}
	if f.From, f.To, err = dateRange(v.Get("from"), v.Get("to")); err != nil {
		if _, terr := date("to", v.Get("to")); terr != nil {
			return f, param("to", err)
		}
		return f, param("from", err)
	}
	f.Location = strings.TrimSpace(v.Get("location"))
	f.DocID = strings.TrimSpace(v.Get("doc"))
	f.ReportedBy = strings.TrimSpace(v.Get("reporter"))
	f.Outlet = strings.TrimSpace(v.Get("outlet"))
	if f.DedupClusters, err = boolFlag(v, "dedup"); err != nil {
		return f, param("dedup", err)
	}
	if f.IncludeNegated, err = boolFlag(v, "include_negated"); err != nil {
		return f, param("include_negated", err)
	}
	return f, nil
}

// page reads limit and offset.
func page(v url.Values) (limit, offset int, err error) {
	if limit, err = number("limit", v.Get("limit"), store.MaxLimit); err != nil {
		return 0, 0, err
	}
	offset, err = number("offset", v.Get("offset"), 1<<31-1)
	return limit, offset, err
}

// ParseBucket reads the timeline bucket: day (default) or week.
func ParseBucket(v url.Values) (string, error) {
	switch b := strings.ToLower(v.Get("bucket")); b {
	case "", "day":
		return "day", nil
	case "week":
		return "week", nil
	default:
		return "", usage("timeline", fmt.Errorf("bucket %q: want day or week", b))
	}
}
