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
	"events":   {"actor", "source", "target", "dyad", "code", "root", "quad", "plover", "from", "to", "location", "doc", "reporter", "dedup", "include_negated", "limit", "offset"},
	"timeline": {"actor", "source", "target", "dyad", "code", "root", "quad", "plover", "from", "to", "location", "doc", "reporter", "dedup", "include_negated", "bucket"},
	"network":  {"actor", "source", "target", "dyad", "code", "root", "quad", "plover", "from", "to", "location", "doc", "reporter", "dedup", "include_negated", "limit"},
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
// (SOURCE,TARGET), code, root, quad, plover, from, to, location, doc,
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
	if f.Actor, err = actorCode("actor", v.Get("actor")); err != nil {
		return f, err
	}
	if f.Source, err = actorCode("source", v.Get("source")); err != nil {
		return f, err
	}
	if f.Target, err = actorCode("target", v.Get("target")); err != nil {
		return f, err
	}
	if d := v.Get("dyad"); d != "" {
		a, b, ok := strings.Cut(d, ",")
		if !ok || f.Source != "" || f.Target != "" {
			return f, fmt.Errorf("dyad %q: want SOURCE,TARGET (e.g. AZE,ARM), without source or target", d)
		}
		if f.Source, err = actorCode("dyad source", a); err != nil {
			return f, err
		}
		if f.Target, err = actorCode("dyad target", b); err != nil {
			return f, err
		}
	}
	var root string
	if f.Code, root, err = eventCode(v.Get("code")); err != nil {
		return f, err
	}
	if f.Root, err = cameoRoot(v.Get("root")); err != nil {
		return f, err
	}
	if root != "" {
		if f.Root != "" && f.Root != root {
			return f, fmt.Errorf("code %s and root %s contradict each other", root, f.Root)
		}
		f.Root = root
	}
	if f.Code != "" && f.Root != "" && f.Code[:2] != f.Root {
		return f, fmt.Errorf("code %s is not under root %s", f.Code, f.Root)
	}
	if f.Quad, err = quad(v.Get("quad")); err != nil {
		return f, err
	}
	if f.Plover, err = plover(v.Get("plover")); err != nil {
		return f, err
	}
	if f.From, f.To, err = dateRange(v.Get("from"), v.Get("to")); err != nil {
		return f, err
	}
	f.Location = strings.TrimSpace(v.Get("location"))
	f.DocID = strings.TrimSpace(v.Get("doc"))
	f.ReportedBy = strings.TrimSpace(v.Get("reporter"))
	if f.DedupClusters, err = boolFlag(v, "dedup"); err != nil {
		return f, err
	}
	if f.IncludeNegated, err = boolFlag(v, "include_negated"); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(v)
	return f, err
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
