package ner

import (
	"strings"
	"testing"
)

func fieldsDoc(lines ...string) [][]string {
	var doc [][]string
	for _, l := range lines {
		doc = append(doc, strings.Fields(l))
	}
	return doc
}

func TestScanCase(t *testing.T) {
	h := newDocHistory()
	h.scan(fieldsDoc(
		"COMELF PROFIT RISES .",
		"Romanian engineer Comelf said profit rose .",
		"Profit at Comelf rose , Comelf said .",
	))
	cases := []struct {
		word string
		want uint8
	}{
		{"comelf", seenCap},   // capitalised mid-sentence only
		{"profit", seenLower}, // capitalised only sentence-initially and in the headline
		{"rises", 0},          // only in the all-caps headline
	}
	for _, c := range cases {
		var got uint8
		if e := h.words[c.word]; e != nil {
			got = e.seen
		}
		if got != c.want {
			t.Errorf("%s: seen %b, want %b", c.word, got, c.want)
		}
	}
}

func TestContextAggregation(t *testing.T) {
	h := newDocHistory()
	h.scan(fieldsDoc(
		"club Atalanta signed Lentini",
		"the deal will cost Atalanta $ 1 million",
		"Atalanta",
	))
	e := h.words["atalanta"]
	if e == nil || len(e.occ) != 3 {
		t.Fatalf("occurrences of Atalanta: %+v", e)
	}
	// The occurrence being tagged is left out; the others give their
	// neighbours.
	got := e.aggregate(1, 4, nil)
	want := []uint64{feat1(tAggL, hashStr("club")), feat1(tAggR, hashStr("signed")), feat1(tAggL, padTok.lower), feat1(tAggR, padTok.lower)}
	if len(got) != len(want) {
		t.Fatalf("aggregate gave %d features, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("feature %d = %x, want %x", i, got[i], want[i])
		}
	}
	// A name seen many times contributes at most maxAggregate others.
	var lines []string
	for i := 0; i < 3*maxAggregate; i++ {
		lines = append(lines, "Clinton said")
	}
	h = newDocHistory()
	h.scan(fieldsDoc(lines...))
	if n := len(h.words["clinton"].aggregate(0, 0, nil)); n != 2*maxAggregate {
		t.Errorf("aggregate of a frequent name gave %d features, want %d", n, 2*maxAggregate)
	}
	// A lone sentence has no document features.
	var none *docHistory
	if f := none.features([]byte("atalanta"), capInit, 0, nil); len(f) != 0 {
		t.Errorf("nil history gave %v", f)
	}
}
