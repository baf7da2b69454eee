package query

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"sitrep/internal/errs"
	"sitrep/internal/store"
)

// Formats of output.
const (
	Table = "table"
	JSON  = "json"
	CSV   = "csv"
)

// Write writes rows (a slice of one of the store's row structs) in a
// format: table, json or csv.
func Write(w io.Writer, format string, rows any) error {
	switch format {
	case "", Table:
		return WriteTable(w, rows)
	case JSON:
		return WriteJSON(w, rows)
	case CSV:
		return WriteCSV(w, rows)
	}
	return errs.Ef("write", errs.Usage, "unknown format %q (want table, json or csv)", format)
}

// WriteJSON writes rows as one indented JSON array; no rows is [], never
// null, so that clients need not special-case empty results.
func WriteJSON(w io.Writer, rows any) error {
	if v := reflect.ValueOf(rows); !v.IsValid() || v.Kind() == reflect.Slice && v.IsNil() {
		rows = []struct{}{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rows)
}

// WriteCSV writes a header row (the JSON field names) and one record per
// row, every column included.
func WriteCSV(w io.Writer, rows any) error {
	cols, recs, err := flatten(rows, nil)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(cols)
	cw.WriteAll(recs)
	return cw.Error()
}

// Records flattens rows into column names (the JSON field names) and
// string records, every column included, as WriteCSV writes them.
func Records(rows any) (cols []string, recs [][]string, err error) { return flatten(rows, nil) }

// tableCols picks the columns a terminal table shows; CSV and JSON carry
// them all. Long text columns are cut to keep rows on one line.
var tableCols = map[reflect.Type][]string{
	reflect.TypeFor[store.EventRow](): {"day", "source", "target", "code", "quad", "goldstein", "plover", "plover_context", "doc_id",
		"evidence"},
	reflect.TypeFor[store.QuoteRow]():  {"published", "speaker", "doc_id", "text"},
	reflect.TypeFor[store.FigureRow](): {"published", "value", "unit", "category", "about", "doc_id", "text"},
	reflect.TypeFor[store.DocRow]():    {"id", "published", "outlet", "cluster", "events", "tone", "title"},
	reflect.TypeFor[store.SearchHit](): {"id", "published", "rank", "title", "snippet"},
}

const maxCell = 60

// WriteTable writes rows as aligned columns with a header.
func WriteTable(w io.Writer, rows any) error {
	var want []string
	if t := reflect.TypeOf(rows); t != nil && t.Kind() == reflect.Slice {
		want = tableCols[t.Elem()]
	}
	cols, recs, err := flatten(rows, want)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	for _, r := range recs {
		for i, c := range r {
			r[i] = cell(c)
		}
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return errs.E("write table", errs.IO, err)
	}
	if len(recs) == 0 {
		_, err = fmt.Fprintln(w, "(no results)")
	}
	return err
}

// cell makes a value safe for one table cell: no tabs or newlines, cut at
// maxCell runes.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxCell {
		return s
	}
	r := []rune(s)
	return string(r[:maxCell-1]) + "…"
}

// flatten turns a slice of structs into column names (json tags) and
// string records. A fixed array field such as TimelineRow.Quad becomes one
// column per element (quad0 ... quad4); only the columns in want are kept
// when want is set.
func flatten(rows any, want []string) ([]string, [][]string, error) {
	v := reflect.ValueOf(rows)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem().Kind() != reflect.Struct {
		return nil, nil, errs.Ef("write", errs.Other, "cannot write %T as rows", rows)
	}
	t := v.Type().Elem()
	var cols []string
	var fields []int
	var elems []int // -1 for a scalar field, else the array element
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if f.Type.Kind() == reflect.Array {
			for j := 0; j < f.Type.Len(); j++ {
				cols, fields, elems = append(cols, name+strconv.Itoa(j)), append(fields, i), append(elems, j)
			}
			continue
		}
		if want != nil && !contains(want, name) {
			continue
		}
		cols, fields, elems = append(cols, name), append(fields, i), append(elems, -1)
	}
	if want != nil {
		cols, fields, elems = order(want, cols, fields, elems)
	}
	recs := make([][]string, v.Len())
	for r := range recs {
		row := v.Index(r)
		rec := make([]string, len(cols))
		for c := range cols {
			fv := row.Field(fields[c])
			if elems[c] >= 0 {
				fv = fv.Index(elems[c])
			}
			rec[c] = format(fv)
		}
		recs[r] = rec
	}
	return cols, recs, nil
}

// order arranges the kept columns in the order of want.
func order(want, cols []string, fields, elems []int) ([]string, []int, []int) {
	var c2 []string
	var f2, e2 []int
	for _, w := range want {
		for i, c := range cols {
			if c == w {
				c2, f2, e2 = append(c2, c), append(f2, fields[i]), append(e2, elems[i])
			}
		}
	}
	return c2, f2, e2
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// format renders one value; floats in their shortest exact form so that
// CSV round-trips.
func format(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int64, reflect.Int32:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64, reflect.Float32:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Slice:
		// A list of names (an event's PLOVER contexts) is one cell,
		// "humanitarian;territory", as the names hold no ";".
		if v.Type().Elem().Kind() == reflect.String {
			return strings.Join(v.Interface().([]string), ";")
		}
	}
	b, _ := json.Marshal(v.Interface())
	return string(b)
}
