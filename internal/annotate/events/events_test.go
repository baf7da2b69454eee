package events_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func analyze(t testing.TB, text, published string) *doc.Doc {
	t.Helper()
	reg, err := pipeline.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.FromBytes("test", []byte(text), ingest.Text, ingest.Meta{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	if err := reg.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// brief renders events as "SRC>TGT:CODE" plus "!" when negated and "?"
// when hypothetical, sorted.
func brief(d *doc.Doc) string {
	var out []string
	for _, e := range d.Events {
		s := e.Source + ">" + e.Target + ":" + e.Code
		if e.Negated {
			s += "!"
		}
		if e.Hypothetical {
			s += "?"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestForms(t *testing.T) {
	for _, tc := range []struct{ form, text, want string }{
		{"active", "France attacked Mali on Monday.", "FRA>MLI:190"},
		{"passive with agent", "Mali was attacked by France.", "FRA>MLI:190"},
		{"passive without agent", "Mali was attacked.", ""},
		{"negation", "France did not attack Mali.", "FRA>MLI:190!"},
		{"modality", "France may close its border with Mali.", "FRA>MLI:191?"},
		{"threat", "Chad threatened to attack Sudan.", "TCD>SDN:1384"},
		{"will not yield", "Peru will not give in to Chile.", "PER>CHL:124?"},
		{"coordination", "France and Germany condemned Russia and Belarus.", "DEU>BLR:111 DEU>RUS:111 FRA>BLR:111 FRA>RUS:111"},
		{"nominal", "Norway's blockade of Sweden angered many.", "NOR>SWE:191"},
		{"attribution", "Officials said Chad attacked Sudan.", "TCD>SDN:190"},
		{"appeal frame", "Norway urged Chad to release the prisoners.", "NOR>TCD:0253"},
		{"demand frame", "Peru demanded that Chile withdraw its troops.", "PER>CHL:1056"},
		{"refusal of aid", "Chad refused to allow aid deliveries to Sudan.", "TCD>SDN:1245"},
		{"meeting, no target", "The UN Security Council held an emergency meeting.", "IGOUNO>:040"},
		{"mediation", "Qatar mediated between Chad and Sudan.", "QAT>SDN:045 QAT>TCD:045"},
		{"statement without target", "France said it was worried.", ""},
		{"tell", "France told Mali that it would leave.", "FRA>MLI:010"},
		{"disallow", "Chad disallowed aid deliveries to Sudan.", "TCD>SDN:1245"},
	} {
		t.Run(tc.form, func(t *testing.T) {
			d := analyze(t, tc.text, "2024-01-10")
			if got := brief(d); got != tc.want {
				t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestProvenance(t *testing.T) {
	d := analyze(t, "Peru expelled Chile's ambassador in Lima on 3 March 2023.", "2023-03-05")
	if len(d.Events) == 0 {
		t.Fatal("no event")
	}
	e := d.Events[0]
	if e.Pattern == "" || e.Verb == nil || e.SourceSpan == nil || e.Evidence.Len() == 0 {
		t.Errorf("missing provenance: %+v", e)
	}
	if d.Slice(*e.Verb) != "expelled" {
		t.Errorf("verb span %q", d.Slice(*e.Verb))
	}
}

// sharedDir locates ../shared from this package directory.
func sharedDir(t testing.TB) string {
	dir, _ := filepath.Abs("../../../../shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared not found at %s: skipping the test on third-party text", dir)
	}
	return dir
}

func BenchmarkEvents(b *testing.B) {
	dir := sharedDir(b)
	text, err := os.ReadFile(filepath.Join(dir, "seeds/000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		b.Fatal(err)
	}
	d := analyze(b, string(text), "2023-08-17")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d.Events = nil
		if err := (eventsStage{}).run(d); err != nil {
			b.Fatal(err)
		}
	}
}
