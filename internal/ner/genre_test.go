package ner

import (
	"strings"
	"testing"
)

func TestDocTopic(t *testing.T) {
	doc := func(lines ...string) [][]string {
		var out [][]string
		for _, l := range lines {
			out = append(out, strings.Fields(l))
		}
		return out
	}
	cases := []struct {
		name string
		doc  [][]string
		want string // "" for no topic
	}{
		{"slugged headline", doc("HOCKEY - RIVERTON BEAT OAKFIELD .", "Riverton won 3-1 ."), "hockey"},
		{"headline without slug", doc("FLOODS CUT ROADS NEAR DELTA TOWN", "Floods cut roads ."), "floods"},
		{"mixed-case first line", doc("Hockey - Riverton beat Oakfield .", "Riverton won ."), ""},
		{"number first", doc("1996 RESULTS OF THE LEAGUE .", "x"), ""},
		{"one word", doc("HOCKEY", "Riverton won ."), ""},
		{"empty", nil, ""},
	}
	for _, c := range cases {
		got := docTopic(c.doc)
		want := uint64(0)
		if c.want != "" {
			want = hashStr(c.want)
		}
		if got != want {
			t.Errorf("%s: docTopic = %x, want %x (%q)", c.name, got, want, c.want)
		}
	}
	// Topic features need a capitalised word and a document topic.
	h := &docHistory{topic: hashStr("hockey")}
	tk := &tok{cap: capInit, gbits: 1<<3 | 1<<9}
	if n := len(h.topicFeatures(tk, nil)); n != 3 {
		t.Errorf("capitalised word with two list bits: %d features, want 3", n)
	}
	if n := len((&docHistory{}).topicFeatures(tk, nil)); n != 0 {
		t.Errorf("no topic: %d features, want 0", n)
	}
	if n := len(h.topicFeatures(&tok{cap: capLower}, nil)); n != 0 {
		t.Errorf("lower-case word: %d features, want 0", n)
	}
	var none *docHistory
	if n := len(none.topicFeatures(tk, nil)); n != 0 {
		t.Errorf("lone sentence: %d features, want 0", n)
	}
}
