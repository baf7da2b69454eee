package query

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"sitrep/internal/store"
)

// entityTypes are the entity types of the document-v1 contract.
var entityTypes = []string{"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "MISC"}

// ParseActorFilter reads the actor filters: actor (code prefix), name,
// type, from, to, limit.
func ParseActorFilter(v url.Values) (f store.ActorFilter, err error) {
	defer wrap("actors", &err)
	if f.Actor, err = actorCode("actor", v.Get("actor")); err != nil {
		return f, err
	}
	f.Name = strings.TrimSpace(v.Get("name"))
	if t := strings.ToUpper(strings.TrimSpace(v.Get("type"))); t != "" {
		if !slices.Contains(entityTypes, t) {
			return f, fmt.Errorf("type %q: unknown entity type (want one of %s)", t, strings.Join(entityTypes, ", "))
		}
		f.Type = t
	}
	if f.From, f.To, err = dateRange(v.Get("from"), v.Get("to")); err != nil {
		return f, err
	}
	f.Limit, err = number("limit", v.Get("limit"), store.MaxLimit)
	return f, err
}

// ParseQuoteFilter reads the quote filters: speaker, words, doc, from, to,
// limit, offset.
func ParseQuoteFilter(v url.Values) (f store.QuoteFilter, err error) {
	defer wrap("quotes", &err)
	f.Speaker = strings.TrimSpace(v.Get("speaker"))
	f.Words = strings.TrimSpace(v.Get("words"))
	f.DocID = strings.TrimSpace(v.Get("doc"))
	if f.From, f.To, err = dateRange(v.Get("from"), v.Get("to")); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(v)
	return f, err
}

// ParseFigureFilter reads the figure filters: category (killed, wounded,
// displaced...), about, unit, doc, from, to, limit, offset.
func ParseFigureFilter(v url.Values) (f store.FigureFilter, err error) {
	defer wrap("figures", &err)
	if c := strings.ToLower(strings.TrimSpace(v.Get("category"))); c != "" {
		for i := 0; i < len(c); i++ {
			if c[i] < 'a' || c[i] > 'z' {
				return f, fmt.Errorf("category %q: want one word such as killed, wounded, displaced, detained, missing, aid", c)
			}
		}
		f.Category = c
	}
	f.About = strings.TrimSpace(v.Get("about"))
	f.Unit = strings.TrimSpace(v.Get("unit"))
	f.DocID = strings.TrimSpace(v.Get("doc"))
	if f.From, f.To, err = dateRange(v.Get("from"), v.Get("to")); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(v)
	return f, err
}

// ParseDocFilter reads the document filters: outlet, from, to, cluster,
// limit, offset.
func ParseDocFilter(v url.Values) (f store.DocFilter, err error) {
	defer wrap("docs", &err)
	f.Outlet = strings.TrimSpace(v.Get("outlet"))
	f.Cluster = strings.TrimSpace(v.Get("cluster"))
	if f.From, f.To, err = dateRange(v.Get("from"), v.Get("to")); err != nil {
		return f, err
	}
	f.Limit, f.Offset, err = page(v)
	return f, err
}

// ParseSearch reads a full-text query (q, or words) and its limit.
func ParseSearch(v url.Values) (q string, limit int, err error) {
	defer wrap("search", &err)
	q = strings.TrimSpace(v.Get("q"))
	if q == "" {
		q = strings.TrimSpace(v.Get("words"))
	}
	if q == "" {
		return "", 0, fmt.Errorf("no search words (give q or words)")
	}
	limit, err = number("limit", v.Get("limit"), store.MaxLimit)
	return q, limit, err
}

// wrap turns a plain validation error into a usage error of kind.
func wrap(kind string, err *error) {
	if *err != nil {
		*err = usage(kind, *err)
	}
}
