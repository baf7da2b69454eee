package interview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

type turn struct{ speaker, role, text string }

func detect(text, outlet string) *doc.Doc {
	d := doc.New("t", text)
	d.Meta.Outlet = outlet
	segment.Split(d)
	Detect(d)
	return d
}

func TestDetect(t *testing.T) {
	cases := []struct {
		name, outlet, text string
		want               []turn
	}{
		{"outlet and surname", "The Ledger",
			"The Ledger spoke with water engineer Mara Oyelaran about the dam.\nThe Ledger: Is the dam safe?\nOyelaran: It is not. The cracks are growing.\nThe Ledger: What now?\nOyelaran: Evacuate the valley.",
			[]turn{{"The Ledger", "question", "Is the dam safe?"}, {"Mara Oyelaran", "answer", "It is not. The cracks are growing."},
				{"The Ledger", "question", "What now?"}, {"Mara Oyelaran", "answer", "Evacuate the valley."}}},
		{"Q and A", "Northwind",
			"Northwind interviewed the mediator Tomas Ekberg in Oslo.\nQ: Will the truce hold?\nA: I believe it will.\nQ: Why?\nA: Both sides are tired.",
			[]turn{{"Northwind", "question", "Will the truce hold?"}, {"Tomas Ekberg", "answer", "I believe it will."},
				{"Northwind", "question", "Why?"}, {"Tomas Ekberg", "answer", "Both sides are tired."}}},
		{"answer over paragraphs", "",
			"Lena Morrow is a historian of the region.\nInterviewer: How did the siege start?\nLena Morrow: Slowly.\nFirst the roads closed.\nThen the bridges.\nInterviewer: And then?\nLena Morrow: Silence.",
			[]turn{{"Interviewer", "question", "How did the siege start?"}, {"Lena Morrow", "answer", "Slowly.\nFirst the roads closed.\nThen the bridges."},
				{"Interviewer", "question", "And then?"}, {"Lena Morrow", "answer", "Silence."}}},
		{"bold full-name labels, no outlet", "",
			"**Kofi Asante:** Why did talks fail?\n**Ruth Imber:** Trust ran out.\n**Kofi Asante:** Can it return?\n**Ruth Imber:** Only with guarantees.",
			[]turn{{"Kofi Asante", "question", "Why did talks fail?"}, {"Ruth Imber", "answer", "Trust ran out."},
				{"Kofi Asante", "question", "Can it return?"}, {"Ruth Imber", "answer", "Only with guarantees."}}},
		{"not an interview", "",
			"Note: figures are provisional.\nThe ministry said 40 people died.\nUpdate: the toll rose.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := detect(c.text, c.outlet)
			var got []turn
			for _, tu := range d.Turns {
				got = append(got, turn{tu.Speaker, tu.Role, d.Slice(tu.Span)})
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d turns %q, want %d", len(got), got, len(c.want))
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("turn %d = %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestUnlabelled(t *testing.T) {
	text := "The Courier talked to aid coordinator Ines Valdez about the convoy.\nWhen did the convoy leave?\nAt dawn, with forty trucks.\nMost carried flour.\nWho stopped it?\nSoldiers at the second checkpoint."
	d := detect(text, "The Courier")
	if len(d.Turns) != 4 || d.Turns[1].Speaker != "Ines Valdez" || d.Slice(d.Turns[1].Span) != "At dawn, with forty trucks.\nMost carried flour." {
		t.Fatalf("turns = %+v", d.Turns)
	}
}

// sharedDir locates ../shared from this package directory.
func sharedDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared not found at %s: skipping the founding example", dir)
	}
	return dir
}

func TestFoundingExample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "seeds", "000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := detect(string(data), "Alwaght")
	if len(d.Turns) != 12 {
		t.Fatalf("got %d turns, want 12", len(d.Turns))
	}
	for i, tu := range d.Turns {
		want := "Alwaght"
		if i%2 == 1 {
			want = "Burhan Heshmati"
		}
		if tu.Speaker != want {
			t.Errorf("turn %d speaker %q, want %q", i, tu.Speaker, want)
		}
	}
	if !strings.HasSuffix(d.Slice(d.Turns[1].Span), "will not realize Azerbaijan's goals.") {
		t.Errorf("first answer does not span its three paragraphs: %q", d.Slice(d.Turns[1].Span))
	}
}

func BenchmarkDetect(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(sharedDir(b), "seeds", "000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		b.Fatal(err)
	}
	d := doc.New("b", string(data))
	segment.Split(d)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Detect(d)
	}
}
