package events

import (
	"strings"
	"testing"
)

// TestClauseRepairs checks the clause and phrase repairs on hand-built
// parses of the errors they undo (sentences written for this test).
func TestClauseRepairs(t *testing.T) {
	l := MustLexicon()
	for _, tc := range []struct {
		name, words, upos, rels string
		heads                   []int
		wantHeads               []int
		wantRels                string
	}{
		{"subordinator read as preposition",
			"chad recalled its envoy after sudanese troops shelled chad .",
			"PROPN VERB PRON NOUN SCONJ ADJ NOUN VERB PROPN PUNCT",
			"nsubj root nmod:poss obj case amod nsubj acl:relcl obj punct",
			[]int{2, 0, 4, 2, 7, 7, 8, 4, 8, 2}, []int{2, 0, 4, 2, 8, 7, 8, 2, 8, 2},
			"nsubj root nmod:poss obj mark amod nsubj advcl obj punct"},
		{"passive clause with its subject read as oblique",
			"crowds left after the gate was opened .",
			"NOUN VERB ADP DET NOUN AUX VERB PUNCT",
			"nsubj root case det obl aux:pass ccomp punct",
			[]int{2, 0, 5, 5, 7, 7, 2, 2}, []int{2, 0, 7, 5, 7, 7, 2, 2},
			"nsubj root mark det nsubj:pass aux:pass advcl punct"},
		{"object read as the subject of a following clause",
			"they opposed the plan until their demands are met .",
			"PRON VERB DET NOUN ADP PRON NOUN AUX VERB PUNCT",
			"nsubj root det nsubj case nmod:poss obl aux:pass ccomp punct",
			[]int{2, 0, 4, 9, 7, 7, 9, 9, 2, 2}, []int{2, 0, 4, 2, 9, 7, 9, 9, 2, 2},
			"nsubj root det obj mark nmod:poss nsubj:pass aux:pass advcl punct"},
		{"finite clause read as participle",
			"when the rebels seized the town , talks stopped .",
			"ADV DET NOUN VERB DET NOUN PUNCT NOUN VERB PUNCT",
			"advmod det nsubj amod det obj punct nsubj root punct",
			[]int{4, 3, 4, 8, 6, 4, 9, 9, 0, 9}, []int{4, 3, 4, 8, 6, 4, 9, 9, 0, 9},
			"advmod det nsubj advcl det obj punct nsubj root punct"},
		{"prepositional object split by a coordination",
			"they pressed claims on kyiv and minsk officials .",
			"PRON VERB NOUN ADP PROPN CCONJ PROPN NOUN PUNCT",
			"nsubj root obj case nmod cc conj conj punct",
			[]int{2, 0, 2, 5, 8, 7, 5, 3, 2}, []int{2, 0, 2, 8, 8, 7, 5, 3, 2},
			"nsubj root obj case compound cc conj nmod punct"},
		{"parallel modified conjuncts",
			"king abdullah of jordan and president sisi of egypt met .",
			"PROPN PROPN ADP PROPN CCONJ PROPN PROPN ADP PROPN VERB PUNCT",
			"compound nsubj case nmod cc compound conj case nmod root punct",
			[]int{2, 10, 4, 2, 7, 7, 4, 9, 7, 0, 10}, []int{2, 10, 4, 2, 7, 7, 2, 9, 7, 0, 10},
			"compound nsubj case nmod cc compound conj case nmod root punct"},
		{"prepositional phrase read as apposition",
			"it said on monday , out of a total of ten .",
			"PRON VERB ADP PROPN PUNCT ADP ADP DET NOUN ADP NUM PUNCT",
			"nsubj root case obl punct case case det appos case nmod punct",
			[]int{2, 0, 4, 2, 9, 9, 9, 9, 4, 11, 9, 2}, []int{2, 0, 4, 2, 9, 9, 9, 9, 4, 11, 9, 2},
			"nsubj root case obl punct case case det nmod case nmod punct"},
		{"complementizer read as relative pronoun",
			"nato said friday that serbia must withdraw troops .",
			"PROPN VERB PROPN PRON PROPN AUX VERB NOUN PUNCT",
			"nsubj root obl:unmarked nsubj nsubj aux acl:relcl obj punct",
			[]int{2, 0, 2, 7, 7, 7, 3, 7, 2}, []int{2, 0, 2, 7, 7, 7, 2, 7, 2},
			"nsubj root obl:unmarked mark nsubj aux ccomp obj punct"},
		{"reason hung on a passive agent",
			"he was fined by the court for fraud .",
			"PRON AUX VERB ADP DET NOUN ADP NOUN PUNCT",
			"nsubj:pass aux:pass root case det obl:agent case nmod punct",
			[]int{3, 3, 0, 6, 6, 3, 8, 6, 3}, []int{3, 3, 0, 6, 6, 3, 8, 3, 3},
			"nsubj:pass aux:pass root case det obl:agent case obl punct"},
	} {
		lower, upos, rels := strings.Fields(tc.words), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		l.FixTree(lower, upos, heads, rels)
		if strings.Join(rels, " ") != tc.wantRels {
			t.Errorf("%s: rels %v, want %s", tc.name, rels, tc.wantRels)
		}
		for i := range heads {
			if heads[i] != tc.wantHeads[i] {
				t.Errorf("%s: heads %v, want %v", tc.name, heads, tc.wantHeads)
				break
			}
		}
	}
}
