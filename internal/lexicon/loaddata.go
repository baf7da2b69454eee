package lexicon

import (
	"slices"
	"strings"
)

// One loader per data file. Each checks the facts it can check (code
// shapes, dates, coordinates) so that a bad row fails Load, and the test
// suite, rather than silently producing a wrong actor code.

func loadCountries(b *builder) error {
	t, err := readTable("countries.tsv", "iso3", "status", "name", "aliases", "adjectives",
		"demonyms", "capital", "metonyms", "lat", "lon", "cap_lat", "cap_lon")
	if err != nil {
		return err
	}
	for r := range t.rows {
		iso, status, name := t.get(r, "iso3"), t.get(r, "status"), t.get(r, "name")
		if !isISO3(iso) || name == "" {
			return t.errf(r, "bad iso3 %q or empty name", iso)
		}
		lat, lon, err := t.coord(r, "lat", "lon")
		if err != nil {
			return err
		}
		clat, clon, err := t.coord(r, "cap_lat", "cap_lon")
		if err != nil {
			return err
		}
		// A de facto state (Abkhazia, Transnistria) is coded as the state
		// it is internationally recognised as part of, the CAMEO practice.
		if status != "de-facto" {
			if _, dup := b.g.countries[iso]; dup {
				return t.errf(r, "duplicate iso3 %s", iso)
			}
			caps := t.list(r, "capital")
			ci := CountryInfo{ISO3: iso, Status: status, Name: name, Aliases: t.list(r, "aliases"),
				Adjectives: t.list(r, "adjectives"), Demonyms: t.list(r, "demonyms"),
				Metonyms: append(slices.Clone(caps), metonymNames(t.list(r, "metonyms"))...), Lat: lat, Lon: lon, CapLat: clat, CapLon: clon}
			if len(caps) > 0 {
				ci.Capital = caps[0]
			}
			b.g.countries[iso] = ci
		}
		gpe := Entry{Kind: KindCountry, Name: name, Code: iso, Country: iso, Type: "GPE", Lat: lat, Lon: lon}
		for _, s := range append([]string{name}, t.list(r, "aliases")...) {
			b.add(s, gpe)
		}
		caps := t.list(r, "capital")
		for _, s := range caps {
			b.add(s, Entry{Kind: KindCapital, Name: caps[0], Code: iso, Country: iso, Type: "GPE", Lat: clat, Lon: clon})
		}
		for _, s := range t.list(r, "metonyms") {
			// "Pentagon:MIL": a building that stands for one institution
			// rather than the state, coded like "the defence ministry".
			code, typ := iso, "GPE"
			if m, role, ok := strings.Cut(s, ":"); ok {
				s, code, typ = m, iso+role, "ORG"
				if !isCode(code) {
					return t.errf(r, "bad metonym role %q", role)
				}
			}
			b.add(s, Entry{Kind: KindMetonym, Name: stripThe(s), Code: code, Country: iso, Type: typ, Lat: clat, Lon: clon})
		}
		for _, s := range t.list(r, "adjectives") {
			b.add(s, Entry{Kind: KindAdjective, Name: name, Code: iso, Country: iso, Type: "NORP"})
		}
		for _, s := range t.list(r, "demonyms") {
			b.add(s, Entry{Kind: KindDemonym, Name: name, Code: iso, Country: iso, Type: "NORP"})
		}
	}
	return nil
}

func loadIGOs(b *builder) error {
	t, err := readTable("igos.tsv", "code", "kind", "type", "name", "aliases")
	if err != nil {
		return err
	}
	for r := range t.rows {
		code, kind := t.get(r, "code"), t.get(r, "kind")
		if !isCode(code) || (kind != KindIGO && kind != KindCollective) {
			return t.errf(r, "bad code %q or kind %q", code, kind)
		}
		e := Entry{Kind: kind, Name: t.get(r, "name"), Code: code, Type: t.get(r, "type")}
		for _, s := range append([]string{e.Name}, t.list(r, "aliases")...) {
			b.add(s, e)
		}
	}
	return nil
}

func loadGroups(b *builder) error {
	t, err := readTable("groups.tsv", "code", "group", "country", "name", "aliases", "from", "to")
	if err != nil {
		return err
	}
	for r := range t.rows {
		code, iso, grp := t.get(r, "code"), t.get(r, "country"), t.get(r, "group")
		if !isCode(code) || (iso != "" && !isISO3(iso)) || (grp != "" && !isISO3(grp)) {
			return t.errf(r, "bad code %q, country %q or group %q", code, iso, grp)
		}
		from, err1 := t.date(r, "from")
		to, err2 := t.date(r, "to")
		if err := cmpErr(err1, err2); err != nil {
			return err
		}
		e := Entry{Kind: KindGroup, Name: t.get(r, "name"), Code: code, Country: iso, Type: "ORG",
			Group: grp, From: from, To: to}
		for _, s := range append([]string{e.Name}, t.list(r, "aliases")...) {
			b.add(s, e)
		}
	}
	return nil
}

func loadLeaders(b *builder) error {
	t, err := readTable("leaders.tsv", "name", "aliases", "country", "code", "office", "from", "to")
	if err != nil {
		return err
	}
	for r := range t.rows {
		code, iso := t.get(r, "code"), t.get(r, "country")
		if !isCode(code) || (iso != "" && !isISO3(iso)) {
			return t.errf(r, "bad code %q or country %q", code, iso)
		}
		from, err1 := t.date(r, "from")
		to, err2 := t.date(r, "to")
		if err := cmpErr(err1, err2); err != nil {
			return err
		}
		if from == "" || (to != "" && to < from) {
			return t.errf(r, "office dates %q..%q out of order", from, to)
		}
		e := Entry{Kind: KindPerson, Name: t.get(r, "name"), Code: code, Country: iso, Type: "PER",
			From: from, To: to}
		for _, s := range append([]string{e.Name}, t.list(r, "aliases")...) {
			b.add(s, e)
		}
	}
	return nil
}

func loadRoles(b *builder) error {
	t, err := readTable("roles.tsv", "word", "code")
	if err != nil {
		return err
	}
	for r := range t.rows {
		w, code := strings.ToLower(clean(t.get(r, "word"))), t.get(r, "code")
		if !isCode(code) || w == "" {
			return t.errf(r, "bad role row %q -> %q", w, code)
		}
		if old, dup := b.g.roles[w]; dup && old != code {
			return t.errf(r, "role %q is both %s and %s", w, old, code)
		}
		b.g.roles[w] = code
		b.g.roleFirst[roleKey(w)] = true
	}
	return nil
}

func loadPlaces(b *builder) error {
	t, err := readTable("places.tsv", "name", "aliases", "country", "kind", "type", "lat", "lon")
	if err != nil {
		return err
	}
	for r := range t.rows {
		iso, typ := t.get(r, "country"), t.get(r, "type")
		if (iso != "" && !isISO3(iso)) || (typ != "GPE" && typ != "LOC" && typ != "FAC") {
			return t.errf(r, "bad country %q or type %q", iso, typ)
		}
		lat, lon, err := t.coord(r, "lat", "lon")
		if err != nil {
			return err
		}
		e := Entry{Kind: KindPlace, Name: t.get(r, "name"), Country: iso, Type: typ, Lat: lat, Lon: lon}
		for _, s := range append([]string{e.Name}, t.list(r, "aliases")...) {
			b.add(s, e)
		}
	}
	return nil
}

// metonymNames drops the ":ROLE" suffix of metonym cells.
func metonymNames(ms []string) []string {
	for i, m := range ms {
		ms[i], _, _ = strings.Cut(m, ":")
	}
	return ms
}

func cmpErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
