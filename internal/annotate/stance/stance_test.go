package stance

import (
	"testing"

	"sitrep/internal/annotate/interview"
	"sitrep/internal/annotate/quotes"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

func TestCompute(t *testing.T) {
	text := `"Azerbaijan keeps up an inhuman blockade and the trapped families are starving," said Lena Morrow. ` +
		`"Armenia wants peace and cooperation," she added.`
	d := doc.New("t", text)
	segment.Split(d)
	interview.Detect(d)
	quotes.Find(d) // no entities: mentions come from the gazetteer
	got := map[string]float64{}
	for _, s := range Compute(d) {
		if s.Holder != "Lena Morrow" {
			t.Errorf("unexpected holder %q", s.Holder)
		}
		got[s.Target] = s.Polarity
	}
	if got["AZE"] >= -0.5 {
		t.Errorf("stance towards AZE = %.2f, want <= -0.5 (all rows %v)", got["AZE"], got)
	}
	if got["ARM"] <= 0.5 {
		t.Errorf("stance towards ARM = %.2f, want >= 0.5 (all rows %v)", got["ARM"], got)
	}
}

func TestEventsWeigh(t *testing.T) {
	d := doc.New("t", "x")
	d.Events = []doc.Event{{Source: "AZEGOV", Target: "ARMCVL", Goldstein: -9.5, ReportedBy: "Burhan Heshmati"}}
	st := Compute(d)
	if len(st) != 1 || st[0].Target != "AZE" || st[0].Polarity > -0.9 {
		t.Fatalf("stance = %+v, want Burhan Heshmati strongly negative towards AZE", st)
	}
}

func TestTarget(t *testing.T) {
	for code, want := range map[string]string{"AZEGOV": "AZE", "IGOUNO": "IGOUNO", "NGOHLHIRC": "NGOHLHIRC", "WST": "WST", "": ""} {
		if got := Target(code); got != want {
			t.Errorf("Target(%q) = %q, want %q", code, got, want)
		}
	}
}

func BenchmarkCompute(b *testing.B) {
	text := ""
	for range 60 {
		text += `"Azerbaijan keeps up an inhuman blockade and the families are trapped," said Lena Morrow. Talks with Armenia resumed. `
	}
	d := doc.New("b", text)
	segment.Split(d)
	interview.Detect(d)
	quotes.Find(d)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Compute(d)
	}
}
