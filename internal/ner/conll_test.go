package ner

import (
	"reflect"
	"strings"
	"testing"
)

const sample = `-DOCSTART- -X- O O

Maria NNP I-NP I-PER
Lopez NNP I-NP I-PER
joined VBD I-VP O
Northwind NNP I-NP I-ORG
Bank NNP I-NP I-ORG
Holdings NNP I-NP B-ORG
. . O O

Oslo NNP I-NP I-LOC
`

func TestReadCoNLL(t *testing.T) {
	s, err := ReadCoNLL(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || len(s[0].Words) != 7 || s[1].Words[0] != "Oslo" {
		t.Fatalf("unexpected parse: %+v", s)
	}
	want := []string{"B-PER", "I-PER", "O", "B-ORG", "I-ORG", "B-ORG", "O"}
	if got := ToIOB2(s[0].Tags); !reflect.DeepEqual(got, want) {
		t.Errorf("ToIOB2 = %v, want %v", got, want)
	}
	if _, err := ReadCoNLL(strings.NewReader("word POS X-BAD\n")); err == nil {
		t.Error("expected error for malformed tag")
	}
}

func TestSpans(t *testing.T) {
	cases := []struct {
		tags []string
		want []Span
	}{
		{[]string{"I-PER", "I-PER", "O", "I-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},     // IOB1
		{[]string{"B-PER", "I-PER", "B-PER"}, []Span{{0, 2, "PER"}, {2, 3, "PER"}}},          // IOB2
		{[]string{"I-ORG", "I-ORG", "B-ORG", "I-ORG"}, []Span{{0, 2, "ORG"}, {2, 4, "ORG"}}}, // IOB1 split
		{[]string{"B-LOC", "I-ORG"}, []Span{{0, 1, "LOC"}, {1, 2, "ORG"}}},                   // type change
		{[]string{"O", "O"}, nil},
	}
	for _, c := range cases {
		if got := Spans(c.tags); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Spans(%v) = %v, want %v", c.tags, got, c.want)
		}
	}
}

func TestScore(t *testing.T) {
	gold := [][]string{{"I-PER", "I-PER", "O", "I-LOC"}, {"I-ORG", "O"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-ORG"}, {"B-ORG", "O"}}
	r := Score(gold, pred)
	if r.Overall != (Counts{Gold: 3, Pred: 3, Correct: 2}) {
		t.Fatalf("overall = %+v", r.Overall)
	}
	if r.Types["LOC"].Recall() != 0 || r.Types["ORG"].Precision() != 0.5 {
		t.Errorf("per-type counts wrong: %+v", r.Types)
	}
	if f := r.Overall.F1(); f < 0.666 || f > 0.667 {
		t.Errorf("F1 = %v", f)
	}
	if !strings.Contains(r.String(), "FB1:  66.67") {
		t.Errorf("report table:\n%s", r)
	}
}

func TestBILOURoundTrip(t *testing.T) {
	idx := map[string]int{"LOC": 0, "PER": 1}
	tags := []string{"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"}
	got := decodeIOB2(encodeBILOU(tags, idx), []string{"LOC", "PER"})
	if !reflect.DeepEqual(got, tags) {
		t.Errorf("round trip = %v, want %v", got, tags)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add(sample)
	f.Add("a\n\nb X Y I-PER\n")
	f.Add("-DOCSTART-\n\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Words) != len(s.Tags) || len(s.Words) == 0 {
				t.Fatalf("bad sentence %+v", s)
			}
			for _, sp := range Spans(s.Tags) {
				if sp.Start < 0 || sp.End > len(s.Tags) || sp.Start >= sp.End {
					t.Fatalf("bad span %+v", sp)
				}
			}
		}
	})
}
