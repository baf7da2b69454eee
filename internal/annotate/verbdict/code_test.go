package verbdict_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/verbdict"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func miniRegistry(t testing.TB) *annotate.Registry {
	t.Helper()
	d, err := verbdict.ParseFiles([]string{"testdata/mini.verbs.txt"})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := annotate.NewRegistry(verbdict.WithStage(pipeline.Stages(), d)...)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// dyads renders the dictionary's events of a text as "SRC>TGT:CODE@line"
// (the pattern's line), in order.
func dyads(t *testing.T, reg *annotate.Registry, text string) string {
	t.Helper()
	d := ingest.NewDoc(text, ingest.Meta{Published: "2024-03-01"})
	if err := reg.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		if !strings.HasPrefix(e.Pattern, "mini.verbs.txt:") {
			continue
		}
		s := e.Source + ">" + e.Target + ":" + e.Code + "@" + strings.TrimPrefix(e.Pattern, "mini.verbs.txt:")
		if e.Negated {
			s += " neg"
		}
		if e.Hypothetical {
			s += " hyp"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestCodeMini(t *testing.T) {
	reg := miniRegistry(t)
	for _, tc := range []struct{ text, want string }{
		// the verb's default code, target from the parse
		{"France sent a delegation to Germany.", "FRA>DEU:070@14"},
		// a synset member of a nested synset, adjacency with "_"
		{"Germany sent medical supplies to Poland on Monday.", "DEU>POL:0731@18"},
		// a space lets words come between the elements
		{"Germany dispatched fresh food and blankets to Poland.", "DEU>POL:073@17"},
		// the most specific pattern wins; "+" places the target
		{"France sent troops to Mali.", "FRA>MLI:190@16"},
		// irregular form and modality left to the event
		{"Italy will send troops to Libya.", "ITA>LBY:190@16 hyp"},
		// a null-coded verb codes nothing without a pattern
		{"France talked about Germany.", ""},
		// "%": a compound actor acting on its own members, paired code
		{"France and Germany held talks in Paris.", "FRA>DEU:040@27 DEU>FRA:040@27"},
		{"Italy talked with France and Spain.", "ITA>FRA:041@23 ITA>ESP:041@23"},
		// a list of actors read from its commas and "and"
		{"France, Italy and Spain sent food to Chad.", "FRA>TCD:0731@18 ITA>TCD:0731@18 ESP>TCD:0731@18"},
		// a multi-word verb
		{"Russia cut off ties with Georgia.", "RUS>GEO:161@31"},
		// a passive pattern with "$" and "+"
		{"Poland was accused by Russia of espionage.", "RUS>POL:112@36"},
		// a null pattern silences the verb
		{"Russia did not accuse Poland.", ""},
	} {
		if got := dyads(t, reg, tc.text); got != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestReplace: at a verb the dictionary decided, events/v1's events give
// way; elsewhere they stay.
func TestReplace(t *testing.T) {
	sp := func(a, b int) *doc.Span { return &doc.Span{Start: a, End: b} }
	old := []doc.Event{{Code: "190", Verb: sp(10, 14)}, {Code: "111", Verb: sp(30, 36)}}
	r := verbdict.Result{Events: []doc.Event{{Code: "073", Verb: sp(10, 14)}}, Verbs: []doc.Span{{Start: 10, End: 14}}}
	got := verbdict.Replace(old, r)
	if len(got) != 2 || got[0].Code != "111" || got[1].Code != "073" {
		t.Errorf("got %+v", got)
	}
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }
