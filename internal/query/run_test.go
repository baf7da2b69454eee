package query

import (
	"bytes"
	"context"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestRun(t *testing.T) {
	st := testStore(t)
	ctx := context.Background()
	cases := []struct {
		kind, q string
		n       int // rows expected
	}{
		{"events", "", 5},
		{"events", "dyad=SUD,NOR", 2},
		{"events", "actor=NOR", 4},
		{"events", "source=NOR", 2},
		{"events", "quad=4", 2},
		{"events", "root=19&plover=ASSAULT", 1},
		{"events", "from=2024-03-05&to=2024-03-10", 2},
		{"events", "doc=c", 1},
		{"events", "context=territory", 1},
		{"events", "context=Human-Rights&from=2024-03-10", 1},
		{"events", "context=human_rights&to=2024-03-10", 0},
		{"events", "context=humanitarian", 0},
		{"timeline", "context=legal", 1},
		{"network", "context=military", 1},
		{"events", "limit=2&offset=4", 1},
		{"timeline", "", 3},
		{"timeline", "bucket=week", 2},
		{"network", "", 4},
		{"network", "quad=1", 2},
		{"actors", "", 1},
		{"quotes", "speaker=sudria", 1},
		{"quotes", "words=truce", 1},
		{"figures", "category=detained", 1},
		{"figures", "category=killed", 0},
		{"docs", "outlet=Wire+Desk", 2},
		{"search", "q=protesters", 1},
	}
	for _, c := range cases {
		v, _ := url.ParseQuery(c.q)
		rows, err := Run(ctx, st, c.kind, v)
		if err != nil {
			t.Errorf("%s %q: %v", c.kind, c.q, err)
			continue
		}
		cols, recs, err := flatten(rows, nil)
		if err != nil || len(recs) != c.n {
			t.Errorf("%s %q: %d rows (%v), want %d", c.kind, c.q, len(recs), err, c.n)
		}
		_ = cols
	}
	// The timeline folds days into Monday-based weeks by QuadClass.
	v, _ := url.ParseQuery("bucket=week")
	rows, _ := Run(ctx, st, "timeline", v)
	tl := rows.([]store.TimelineRow)
	if len(tl) == 2 && (tl[0].Bucket != "2024-03-04" || tl[0].Quad != [5]int{0, 2, 0, 1, 1} || tl[1].Quad[4] != 1) {
		t.Errorf("weekly timeline = %+v", tl)
	}
}

// TestWrite checks the three output formats against golden files
// (go test ./internal/query -update rewrites them).
func TestWrite(t *testing.T) {
	st := testStore(t)
	for _, kind := range []string{"events", "timeline", "network", "figures"} {
		rows, err := Run(context.Background(), st, kind, url.Values{})
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range []string{Table, JSON, CSV} {
			var buf bytes.Buffer
			if err := Write(&buf, format, rows); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", kind+"."+format), buf.Bytes())
		}
	}
}

func TestWriteEmpty(t *testing.T) {
	var rows []store.EventRow
	for format, want := range map[string]string{JSON: "[]\n", CSV: "doc_id,cluster,seq,day,published,outlet,url,source,target,code,root,quad,goldstein,plover,negated,hypothetical,reported_by,location,date,sentence,evidence,start,end,tone,plover_context\n",
		Table: "DAY  SOURCE  TARGET  CODE  QUAD  GOLDSTEIN  PLOVER  PLOVER_CONTEXT  DOC_ID  EVIDENCE\n(no results)\n"} {
		var buf bytes.Buffer
		if err := Write(&buf, format, rows); err != nil || buf.String() != want {
			t.Errorf("%s: %q, %v; want %q", format, buf.String(), err, want)
		}
	}
	if err := Write(&bytes.Buffer{}, "xml", rows); err == nil {
		t.Error("format xml accepted")
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/query -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func BenchmarkWriteCSV(b *testing.B) {
	rows := make([]store.EventRow, 1000)
	for i := range rows {
		rows[i] = store.EventRow{DocID: "doc", Day: "2024-03-04", Source: "NORMIL", Target: "SUD", Code: "195",
			Root: "19", Quad: 4, Goldstein: -10, Evidence: "shelled the border town", Tone: -2.25}
	}
	var buf bytes.Buffer
	WriteCSV(&buf, rows)
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		buf.Reset()
		WriteCSV(&buf, rows)
	}
}
