package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/internal/doc"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

const exportText = "Azerbaijani forces blocked the road to the valley on Monday. " +
	"The United Nations refugee agency appealed to Baku to let aid through, and Armenian officials accused Azerbaijan of a siege."

// exportStore holds one hand-annotated document with three events.
func exportStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "e.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	d := doc.New("x1", exportText)
	d.Meta.Published, d.Meta.Outlet, d.Meta.URL = "2023-08-17", "Test Wire", "https://wire.example/x1"
	at := func(s string) doc.Span {
		i := strings.Index(exportText, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	d.Sentences = []doc.Sentence{{Span: at("Azerbaijani forces blocked the road to the valley on Monday.")},
		{Span: at("The United Nations refugee agency appealed to Baku to let aid through, and Armenian officials accused Azerbaijan of a siege.")}}
	d.Events = []doc.Event{
		{Source: "AZEMIL", Target: "ARMCVL", Code: "1912", Root: "19", Quad: 4, Goldstein: -9.5, Plover: "ASSAULT",
			Location: "Azerbaijan", Date: "2023-08-14", Sentence: 0, Evidence: at("blocked the road")},
		{Source: "IGOUNOREFHCR", Target: "AZE", Code: "0233", Root: "02", Quad: 1, Goldstein: 3.4, Plover: "REQUEST",
			Sentence: 1, Evidence: at("appealed to Baku")},
		{Source: "ARMGOV", Target: "AZE", Code: "112", Root: "11", Quad: 3, Goldstein: -2, Plover: "ACCUSE",
			Location: "the valley\tnorth", Sentence: 1, Evidence: at("accused Azerbaijan of a siege")},
	}
	d.Tone = &doc.Tone{Score: -3.125, Positive: 1, Negative: 4.125}
	d.Annotators = []string{"segment/v1", "events/v1"}
	if _, err := st.PutDoc(ctx, d, nil); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestGDELTLayout checks every row against the GDELT 2.0 event-table
// layout: 61 tab-separated fields with the right type in each.
func TestGDELTLayout(t *testing.T) {
	if len(GDELTColumns) != 61 || GDELTColumns[0] != "GlobalEventID" || GDELTColumns[25] != "IsRootEvent" ||
		GDELTColumns[34] != "AvgTone" || GDELTColumns[51] != "ActionGeo_Type" || GDELTColumns[60] != "SOURCEURL" {
		t.Fatalf("columns = %d %v", len(GDELTColumns), GDELTColumns)
	}
	var out bytes.Buffer
	res, err := Events(context.Background(), exportStore(t), store.EventFilter{}, GDELT, &out)
	if err != nil || res.Events != 3 {
		t.Fatalf("export: %+v, %v", res, err)
	}
	col := map[string]int{}
	for i, c := range GDELTColumns {
		col[c] = i
	}
	isInt := func(s string) bool { _, err := strconv.ParseInt(s, 10, 64); return err == nil }
	isFloat := func(s string) bool { _, err := strconv.ParseFloat(s, 64); return err == nil }
	isDate := func(layout, s string) bool {
		_, err := time.Parse(layout, s)
		return err == nil && len(s) == len(layout)
	}
	ints := []string{"GlobalEventID", "IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles",
		"Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type"}
	floats := []string{"FractionDate", "GoldsteinScale", "AvgTone"}
	sc := bufio.NewScanner(&out)
	var rows [][]string
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		rows = append(rows, f)
		if len(f) != 61 {
			t.Fatalf("row has %d fields, want 61: %q", len(f), sc.Text())
		}
		for _, c := range ints {
			if !isInt(f[col[c]]) {
				t.Errorf("%s = %q, want an integer", c, f[col[c]])
			}
		}
		for _, c := range floats {
			if !isFloat(f[col[c]]) {
				t.Errorf("%s = %q, want a number", c, f[col[c]])
			}
		}
		for _, c := range []string{"Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long"} {
			if f[col[c]] != "" && !isFloat(f[col[c]]) {
				t.Errorf("%s = %q, want empty or a number", c, f[col[c]])
			}
		}
		if !isDate("20060102", f[col["Day"]]) || !isDate("200601", f[col["MonthYear"]]) || !isDate("2006", f[col["Year"]]) ||
			!isDate("20060102150405", f[col["DATEADDED"]]) {
			t.Errorf("dates: %q %q %q %q", f[col["Day"]], f[col["MonthYear"]], f[col["Year"]], f[col["DATEADDED"]])
		}
		code, base, root := f[col["EventCode"]], f[col["EventBaseCode"]], f[col["EventRootCode"]]
		if !isInt(code) || !strings.HasPrefix(code, base) || !strings.HasPrefix(base, root) || len(root) != 2 || len(base) > 3 {
			t.Errorf("codes %q %q %q", code, base, root)
		}
		for _, a := range []string{"Actor1", "Actor2"} {
			c := f[col[a+"Code"]]
			for _, p := range []string{"CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code"} {
				if v := f[col[a+p]]; v != "" && (len(v) != 3 || !strings.Contains(c, v)) {
					t.Errorf("%s%s = %q, not a part of %q", a, p, v, c)
				}
			}
		}
	}
	want := [][2]string{ // column, value of the first event, coded from the text above
		{"Day", "20230814"}, {"MonthYear", "202308"}, {"Year", "2023"}, {"FractionDate", "2023.6192"},
		{"Actor1Code", "AZEMIL"}, {"Actor1Name", "AZERBAIJAN"}, {"Actor1CountryCode", "AZE"}, {"Actor1Type1Code", "MIL"},
		{"Actor2Code", "ARMCVL"}, {"Actor2CountryCode", "ARM"}, {"Actor2Type1Code", "CVL"},
		{"IsRootEvent", "1"}, {"EventCode", "1912"}, {"EventBaseCode", "191"}, {"EventRootCode", "19"},
		{"QuadClass", "4"}, {"GoldsteinScale", "-9.5"}, {"NumMentions", "1"}, {"AvgTone", "-3.125"},
		{"Actor1Geo_Type", "0"}, {"ActionGeo_Type", "1"}, {"ActionGeo_FullName", "Azerbaijan"},
		{"DATEADDED", "20230817000000"}, {"SOURCEURL", "https://wire.example/x1"},
	}
	for _, w := range want {
		if got := rows[0][col[w[0]]]; got != w[1] {
			t.Errorf("first row %s = %q, want %q", w[0], got, w[1])
		}
	}
	un := rows[1] // IGOUNOREFHCR: a type, a known group and further types
	if un[col["Actor1CountryCode"]] != "" || un[col["Actor1KnownGroupCode"]] != "UNO" || un[col["Actor1Type1Code"]] != "IGO" ||
		un[col["Actor1Type2Code"]] != "REF" || un[col["IsRootEvent"]] != "0" || un[col["Day"]] != "20230817" {
		t.Errorf("second row: %q", un)
	}
	if g := rows[2][col["ActionGeo_FullName"]]; g != "the valley north" {
		t.Errorf("a tab in a field must not split the row: %q", g)
	}
}

func TestExportCSVAndJSONL(t *testing.T) {
	st := exportStore(t)
	var out bytes.Buffer
	if _, err := Events(context.Background(), st, store.EventFilter{Quad: 3}, CSV, &out); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(recs) != 2 || recs[0][0] != "doc_id" || recs[1][0] != "x1" {
		t.Fatalf("csv = %q, %v", recs, err)
	}
	out.Reset()
	if _, err := Events(context.Background(), st, store.EventFilter{Actor: "XXX"}, CSV, &out); err != nil || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("empty csv = %q, %v; want the header only", out.String(), err)
	}
	out.Reset()
	res, err := Events(context.Background(), st, store.EventFilter{Limit: 2}, JSONL, &out)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if err != nil || res.Events != 2 || len(lines) != 2 {
		t.Fatalf("jsonl: %+v %v %q", res, err, out.String())
	}
	var e store.EventRow
	if err := json.Unmarshal([]byte(lines[1]), &e); err != nil || e.Code != "0233" {
		t.Errorf("jsonl line 2: %+v, %v", e, err)
	}
	if _, err := Events(context.Background(), st, store.EventFilter{}, "xml", &out); err == nil {
		t.Error("format xml accepted")
	}
}

func TestSplitActor(t *testing.T) {
	cases := []struct {
		code string
		want Actor
	}{
		{"AZE", Actor{Code: "AZE", Name: "AZERBAIJAN", Country: "AZE"}},
		{"AZEGOV", Actor{Code: "AZEGOV", Name: "AZERBAIJAN", Country: "AZE", Type: [3]string{"GOV"}}},
		{"IGOUNO", Actor{Code: "IGOUNO", KnownGroup: "UNO", Type: [3]string{"IGO"}}},
		{"PSEHMS", Actor{Code: "PSEHMS", Name: "PALESTINE", Country: "PSE", KnownGroup: "HMS"}},
		{"IRQSHIMIL", Actor{Code: "IRQSHIMIL", Name: "IRAQ", Country: "IRQ", Religion: [2]string{"SHI"}, Type: [3]string{"MIL"}}},
		{"TURKURREB", Actor{Code: "TURKURREB", Name: "TURKEY", Country: "TUR", Ethnic: "kur", Type: [3]string{"REB"}}},
		{"WSTMED", Actor{Code: "WSTMED", Country: "WST", Type: [3]string{"MED"}}},
		{"COP", Actor{Code: "COP", Type: [3]string{"COP"}}},
		{"", Actor{}},
		{"AB", Actor{Code: "AB"}},
	}
	for _, c := range cases {
		got := SplitActor(c.code)
		if c.want.Name != "" && got.Name != "" {
			c.want.Name = got.Name // the gazetteer's spelling of the name is not this test's business
		}
		if got != c.want {
			t.Errorf("SplitActor(%q) = %+v, want %+v", c.code, got, c.want)
		}
	}
}

func TestEventID(t *testing.T) {
	a, b := EventID("doc", 0), EventID("doc", 1)
	if a == b || a != EventID("doc", 0) || a < 0 || a >= 1<<53 {
		t.Errorf("EventID: %d %d", a, b)
	}
}

func BenchmarkGDELTRow(b *testing.B) {
	e := store.EventRow{DocID: "d", Seq: 3, Day: "2023-08-14", Published: "2023-08-17", Source: "AZEMIL", Target: "ARMCVL",
		Code: "1912", Root: "19", Quad: 4, Goldstein: -9.5, Location: "Azerbaijan", Tone: -3.1, URL: "https://x.example/a"}
	b.SetBytes(300)
	for b.Loop() {
		GDELTRow(e)
	}
}
