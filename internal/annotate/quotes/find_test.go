package quotes

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/annotate/interview"
	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

type q struct{ speaker, kind, text string }

func run(text string) *doc.Doc {
	d := doc.New("t", text)
	segment.Split(d)
	interview.Detect(d)
	Find(d)
	return d
}

func TestFind(t *testing.T) {
	cases := []struct {
		name, text string
		want       []q
	}{
		{"said after, pronoun", `Mira Kovac runs the clinic. "We have no insulin left," she said.`,
			[]q{{"Mira Kovac", "direct", "We have no insulin left,"}}},
		{"verb then name, apposition", `"The bridge is gone," said Omar Haddad, a local engineer.`,
			[]q{{"Omar Haddad", "direct", "The bridge is gone,"}}},
		{"name verb after", "“Nobody has crossed since March,” Teodor Lind told reporters.",
			[]q{{"Teodor Lind", "direct", "Nobody has crossed since March,"}}},
		{"colon before", `Governor Aiko Tanaka said: "The evacuation starts tonight."`,
			[]q{{"Aiko Tanaka", "direct", "The evacuation starts tonight."}}},
		{"according to", `"Talks will resume next week," according to the foreign ministry.`,
			[]q{{"foreign ministry", "direct", "Talks will resume next week,"}}},
		{"added, surname resolves", `Paula Mendes, a nurse, spoke first. "The wards are full," Mendes added.`,
			[]q{{"Paula Mendes", "direct", "The wards are full,"}}},
		{"partial quote", `Ivan Petrov called the shelling "a deliberate act of terror" on Monday.`,
			[]q{{"Ivan Petrov", "direct", "a deliberate act of terror"}}},
		{"across sentence boundary", "Sara Bloom spoke after the vote. “We lost today. We will be back,” she said.",
			[]q{{"Sara Bloom", "direct", "We lost today. We will be back,"}}},
		{"previous sentence introduces", "The envoy Lars Holm spoke on Tuesday. He said: “Both sides must stop firing at once.”",
			[]q{{"Lars Holm", "direct", "Both sides must stop firing at once."}}},
		{"over paragraphs", "Rafael Ortiz described the night.\n“The sirens started at two.\n“By four the roof was gone,” Ortiz said.",
			[]q{{"Rafael Ortiz", "direct", "The sirens started at two.\n“By four the roof was gone,"}}},
		{"continuation paragraph", "“We are trapped here,” said Hana Sato, a teacher.\n“There is no water and no power and nobody answers our calls.”",
			[]q{{"Hana Sato", "direct", "We are trapped here,"}, {"Hana Sato", "direct", "There is no water and no power and nobody answers our calls."}}},
		{"nested", `"They shouted 'go home' at us all night," said Lea Marin.`,
			[]q{{"Lea Marin", "direct", "They shouted 'go home' at us all night,"}}},
		{"scare quotes are no quotes", `The so-called "Zangezur corridor" and the "Special Opinion" column.`, nil},
		{"quoted title with speaker is dropped", `Minister Dana Holt said the "Northern Route" is closed.`,
			[]q{{"Dana Holt", "indirect", `the "Northern Route" is closed`}}[:0]},
		{"indirect that", "Foreign Minister Elif Demir said that the border would stay closed until spring.",
			[]q{{"Elif Demir", "indirect", "the border would stay closed until spring"}}},
		{"indirect without that", "Kenji Mori said the convoy had been turned back twice.",
			[]q{{"Kenji Mori", "indirect", "the convoy had been turned back twice"}}},
		{"indirect told", "A spokesman told reporters that 40 trucks were waiting at the checkpoint.",
			[]q{{"spokesman", "indirect", "40 trucks were waiting at the checkpoint"}}},
		{"according to indirect", "According to the army, the town was retaken overnight.",
			[]q{{"army", "indirect", "the town was retaken overnight"}}},
		{"noun claims is no speech", "Officials' claims that peace is near ring hollow.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := run(c.text)
			var got []q
			for _, x := range d.Quotes {
				got = append(got, q{x.Speaker, x.Kind, d.Slice(x.Span)})
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestInterviewQuotes(t *testing.T) {
	text := "The Ledger spoke with engineer Mara Oyelaran.\nThe Ledger: Is the dam safe?\nOyelaran: No.\nThe cracks grow daily.\nThe Ledger: What now?\nOyelaran: Evacuate."
	d := doc.New("t", text)
	d.Meta.Outlet = "The Ledger"
	segment.Split(d)
	interview.Detect(d)
	Find(d)
	want := []q{{"The Ledger", "question", "Is the dam safe?"}, {"Mara Oyelaran", "answer", "No.\nThe cracks grow daily."},
		{"The Ledger", "question", "What now?"}, {"Mara Oyelaran", "answer", "Evacuate."}}
	if len(d.Quotes) != len(want) {
		t.Fatalf("got %d quotes: %+v", len(d.Quotes), d.Quotes)
	}
	for i, x := range d.Quotes {
		if g := (q{x.Speaker, x.Kind, d.Slice(x.Span)}); g != want[i] {
			t.Errorf("quote %d = %q, want %q", i, g, want[i])
		}
	}
}

func seed(tb testing.TB) string {
	dir := filepath.Join("..", "..", "..", "..", "shared", "seeds")
	data, err := os.ReadFile(filepath.Join(dir, "000_62c6e2fd3fdcd93e.txt"))
	if err != nil {
		tb.Skipf("founding example not found under %s (../shared absent?): %v", dir, err)
	}
	return string(data)
}

func BenchmarkFind(b *testing.B) {
	text := seed(b)
	d := doc.New("b", text)
	d.Meta.Outlet = "Alwaght"
	segment.Split(d)
	interview.Detect(d)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(d)
	}
}
