package events

import (
	"strings"
	"testing"
)

// TestFixTree checks the two tree repairs on hand-built parses of the
// errors they undo (sentences written for this test).
func TestFixTree(t *testing.T) {
	l := MustLexicon()
	for _, tc := range []struct {
		name, words, upos, rels string
		heads                   []int
		wantHeads               []int
	}{
		{"verb read as participle", "russia voiced concern .", "PROPN VERB NOUN PUNCT",
			"compound amod root punct", []int{2, 3, 0, 3}, []int{2, 0, 2, 2}},
		{"complement hung on a weekday", "armenia agreed on wednesday to a truce .", "PROPN VERB ADP PROPN ADP DET NOUN PUNCT",
			"nsubj root case obl case det nmod punct", []int{2, 0, 4, 2, 7, 7, 4, 2}, []int{2, 0, 4, 2, 7, 7, 2, 2}},
		{"nothing to repair", "russia closed the road .", "PROPN VERB DET NOUN PUNCT",
			"nsubj root det obj punct", []int{2, 0, 4, 2, 2}, []int{2, 0, 4, 2, 2}},
	} {
		lower, upos, rels := strings.Fields(tc.words), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		l.FixTree(lower, upos, heads, rels)
		for i := range heads {
			if heads[i] != tc.wantHeads[i] {
				t.Errorf("%s: heads %v, want %v", tc.name, heads, tc.wantHeads)
				break
			}
		}
	}
}

func TestFixVerbless(t *testing.T) {
	l := MustLexicon()
	lower, upos := strings.Fields("thousands rally in cairo"), strings.Fields("NOUN ADV ADP PROPN")
	if !l.FixTags(lower, upos) || upos[1] != "VERB" {
		t.Errorf("rally not retagged: %v", upos)
	}
}
