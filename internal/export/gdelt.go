// Package export writes stored events in formats other tools read: the
// GDELT 2.0 event table (61 tab-separated columns, no header), CSV with a
// header row, and JSON Lines. It reads through the store.Store interface
// only, so every backend exports the same bytes.
package export

import (
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/lexicon"
	"sitrep/internal/store"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
var GDELTColumns = func() []string {
	cols := []string{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, c := range []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
			"Religion2Code", "Type1Code", "Type2Code", "Type3Code"} {
			cols = append(cols, a+c)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, c := range []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"} {
			cols = append(cols, g+c)
		}
	}
	return append(cols, "DATEADDED", "SOURCEURL")
}()

// EventID is a stable GDELT GlobalEventID for the seq-th event of a
// document: a hash kept under 2^53 so that tools reading numbers as
// doubles (JavaScript, spreadsheets) keep it exact.
func EventID(docID string, seq int) int64 {
	h := fnv.New64a()
	h.Write([]byte(docID))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(seq)))
	return int64(h.Sum64() & (1<<53 - 1))
}

// GDELTRow renders one event as the 61 fields of a GDELT 2.0 event row.
// ok is false when the event has no day (neither its own date nor the
// document's): GDELT rows must have one.
//
// Mapping: Day is the event day; AvgTone is the document tone; the actors
// are split by SplitActor; IsRootEvent is 1 for events of the first
// sentence (GDELT: the lead paragraph); each row counts one mention in one
// article from one source; ActionGeo comes from the event's location when
// the gazetteer knows it (type 1 country, 4 other place; GDELT's FIPS
// country and feature ids are left empty, as sitrep does not carry them);
// actor geography is left empty (type 0); DATEADDED is the document's
// publication date at 00:00:00, so that output is reproducible;
// SOURCEURL is the URL, else the outlet, else "sitrep:" and the doc id.
func GDELTRow(e store.EventRow) (row []string, ok bool) {
	day, err := time.Parse("2006-01-02", e.Day)
	if err != nil {
		return nil, false
	}
	row = make([]string, 0, 61)
	row = append(row, strconv.FormatInt(EventID(e.DocID, e.Seq), 10), day.Format("20060102"), day.Format("200601"),
		day.Format("2006"), strconv.FormatFloat(float64(day.Year())+float64(day.YearDay())/365, 'f', 4, 64))
	row = appendActor(row, e.Source)
	row = appendActor(row, e.Target)
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	root := "0"
	if e.Sentence == 0 {
		root = "1"
	}
	row = append(row, root, e.Code, base, e.Root, strconv.Itoa(e.Quad), num(e.Goldstein), "1", "1", "1", num(e.Tone))
	row = appendGeo(row, "")
	row = appendGeo(row, "")
	row = appendGeo(row, e.Location)
	added := day
	if p, err := time.Parse("2006-01-02", e.Published); err == nil {
		added = p
	}
	return append(row, added.Format("20060102150405"), sourceURL(e)), true
}

func appendActor(row []string, code string) []string {
	a := SplitActor(code)
	return append(row, a.Code, a.Name, a.Country, a.KnownGroup, a.Ethnic, a.Religion[0], a.Religion[1],
		a.Type[0], a.Type[1], a.Type[2])
}

// appendGeo adds the 8 geography fields of a place name.
func appendGeo(row []string, place string) []string {
	if place == "" {
		return append(row, "0", "", "", "", "", "", "", "")
	}
	e, found := lexicon.Default().Place(place)
	if !found {
		// Unknown to the gazetteer: keep the name, without coordinates.
		return append(row, "0", clean(place), "", "", "", "", "", "")
	}
	typ := "4"
	if e.Kind == lexicon.KindCountry {
		typ = "1"
	}
	name := e.Name
	if ci, ok := lexicon.Default().Country(e.Country); ok && typ != "1" && ci.Name != e.Name {
		name += ", " + ci.Name
	}
	return append(row, typ, clean(name), "", "", "", num(e.Lat), num(e.Lon), "")
}

func sourceURL(e store.EventRow) string {
	switch {
	case e.URL != "":
		return clean(e.URL)
	case e.Outlet != "":
		return clean(e.Outlet)
	}
	return "sitrep:" + clean(e.DocID)
}

// clean keeps a field on one line and out of the next column.
func clean(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
