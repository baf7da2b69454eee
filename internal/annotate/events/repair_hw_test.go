package events

import (
	"strings"
	"testing"
)

// TestFixTagsHW checks the hW tag repairs on hand-tagged sentences
// written for this test, each with a near miss that must keep its tags.
func TestFixTagsHW(t *testing.T) {
	l := MustLexicon()
	for _, tc := range []struct {
		name, words, upos, want string
		fix                     func(lower, upos []string) bool
	}{
		{"past read as preposition", "the ministry withheld $ 5 million .", "DET NOUN ADP SYM NUM NUM PUNCT",
			"DET NOUN VERB SYM NUM NUM PUNCT", l.fixVerbAsFunctionWord},
		{"past read as auxiliary", "the government withheld aid .", "DET NOUN AUX VERB PUNCT",
			"DET NOUN VERB NOUN PUNCT", l.fixVerbAsFunctionWord},
		{"a real preposition", "aid given to the region .", "NOUN ADP ADP DET NOUN PUNCT",
			"NOUN ADP ADP DET NOUN PUNCT", l.fixVerbAsFunctionWord},
		{"shot before a coordinated verb", "a sniper shot and wounded him .", "DET NOUN NOUN CCONJ VERB PRON PUNCT",
			"DET NOUN VERB CCONJ VERB PRON PUNCT", l.fixPastBeforeConj},
		{"a shot noun", "the first shot and the second .", "DET ADJ NOUN CCONJ DET ADJ PUNCT",
			"DET ADJ NOUN CCONJ DET ADJ PUNCT", l.fixPastBeforeConj},
		{"mass graves", "they found mass graves .", "PRON VERB NOUN VERB PUNCT",
			"PRON VERB NOUN NOUN PUNCT", fixMassPlural},
		{"mass as the verb", "troops mass forces here .", "NOUN NOUN VERB ADV PUNCT",
			"NOUN NOUN VERB ADV PUNCT", fixMassPlural},
		{"international in a name", "amnesty international documented abuses .", "PROPN ADJ VERB NOUN PUNCT",
			"PROPN PROPN VERB NOUN PUNCT", fixNameAdjective},
		{"the wounded", "they evacuated the wounded from gaza .", "PRON VERB DET ADJ ADP PROPN PUNCT",
			"PRON VERB DET NOUN ADP PROPN PUNCT", fixPeopleAdjective},
		{"the wounded soldiers", "they evacuated the wounded soldiers .", "PRON VERB DET ADJ NOUN PUNCT",
			"PRON VERB DET ADJ NOUN PUNCT", fixPeopleAdjective},
		{"capital read as auxiliary", "beijing refused the visit .", "AUX VERB DET NOUN PUNCT",
			"PROPN VERB DET NOUN PUNCT", fixNameAsFunctionWord},
		{"role noun read as auxiliary", "when gunmen fired .", "ADV AUX VERB PUNCT",
			"ADV NOUN VERB PUNCT", fixNameAsFunctionWord},
		{"a pronoun stays", "they told us nothing .", "PRON VERB PRON PRON PUNCT",
			"PRON VERB PRON PRON PUNCT", fixNameAsFunctionWord},
		{"verb after a parenthetical", "hungary , like other members , plans to veto it .",
			"PROPN PUNCT ADP ADJ NOUN PUNCT NOUN PART VERB PRON PUNCT",
			"PROPN PUNCT ADP ADJ NOUN PUNCT VERB PART VERB PRON PUNCT", l.fixVerbAfterParenthetical},
		{"a verb before the comma", "the minister said , plans to build it failed .",
			"DET NOUN VERB PUNCT NOUN PART VERB PRON VERB PUNCT",
			"DET NOUN VERB PUNCT NOUN PART VERB PRON VERB PUNCT", l.fixVerbAfterParenthetical},
		{"united in a name", "they demanded united nations troops .", "PRON VERB VERB PROPN NOUN PUNCT",
			"PRON VERB ADJ PROPN NOUN PUNCT", fixNameAdjective},
		{"united as a verb", "the war united the country .", "DET NOUN VERB DET NOUN PUNCT",
			"DET NOUN VERB DET NOUN PUNCT", fixNameAdjective},
		{"role noun and verb swapped", "rival forces traded fire .", "ADJ VERB NOUN NOUN PUNCT",
			"ADJ NOUN VERB NOUN PUNCT", l.fixRoleNounVerbSwap},
		{"a verb forces", "russia forces kyiv to yield .", "PROPN VERB PROPN PART VERB PUNCT",
			"PROPN VERB PROPN PART VERB PUNCT", l.fixRoleNounVerbSwap},
		{"international as adjective", "the international community agreed .", "DET ADJ NOUN VERB PUNCT",
			"DET ADJ NOUN VERB PUNCT", fixNameAdjective},
	} {
		lower, upos := strings.Fields(tc.words), strings.Fields(tc.upos)
		tc.fix(lower, upos)
		if got := strings.Join(upos, " "); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestFixReducedRelative checks the reduced-relative repair on a
// hand-built parse and a near miss with a comma before the later verb.
func TestFixReducedRelative(t *testing.T) {
	for _, tc := range []struct {
		name, words, upos, rels string
		heads, want             []int
	}{
		{"planted by militants tore", "bomb planted by militants tore through market .",
			"NOUN VERB ADP NOUN VERB ADP NOUN PUNCT", "nsubj root case obl:agent ccomp case obl punct",
			[]int{2, 0, 4, 2, 2, 7, 5, 2}, []int{5, 1, 4, 2, 0, 7, 5, 5}},
		{"comma: an apposition", "bomb planted by militants , police said .",
			"NOUN VERB ADP NOUN PUNCT NOUN VERB PUNCT", "nsubj root case obl:agent punct nsubj parataxis punct",
			[]int{2, 0, 4, 2, 7, 7, 2, 2}, []int{2, 0, 4, 2, 7, 7, 2, 2}},
	} {
		lower, upos, rels := strings.Fields(tc.words), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		fixAgentRelative(lower, upos, heads, rels)
		for i := range heads {
			if heads[i] != tc.want[i] {
				t.Errorf("%s: heads %v, want %v", tc.name, heads, tc.want)
				break
			}
		}
	}
}

// TestFixNounRootPredicate checks the noun-root repair on hand-built
// parses: the predicate hung on a noun of the subject phrase, and a near
// miss whose later verb follows a comma.
func TestFixNounRootPredicate(t *testing.T) {
	l := MustLexicon()
	for _, tc := range []struct {
		name, words, upos, rels string
		heads, want             []int
	}{
		{"murder by gunmen shocked", "murder of envoy by gunmen shocked the city .",
			"NOUN ADP NOUN ADP NOUN VERB DET NOUN PUNCT", "root case nmod case nmod acl det obj punct",
			[]int{0, 3, 1, 5, 1, 5, 8, 6, 1}, []int{6, 3, 1, 5, 1, 0, 8, 6, 6}},
		{"comma before the verb", "murder of envoy , officials said .",
			"NOUN ADP NOUN PUNCT NOUN VERB PUNCT", "root case nmod punct nsubj acl punct",
			[]int{0, 3, 1, 6, 6, 1, 1}, []int{0, 3, 1, 6, 6, 1, 1}},
	} {
		lower, upos, rels := strings.Fields(tc.words), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		l.fixNounRootPredicate(lower, upos, heads, rels)
		for i := range heads {
			if heads[i] != tc.want[i] {
				t.Errorf("%s: heads %v, want %v", tc.name, heads, tc.want)
				break
			}
		}
	}
}

// TestFixRelativeAsSubject checks the other reading of a reduced
// relative on a hand-built parse, and a near miss without a by-phrase.
func TestFixRelativeAsSubject(t *testing.T) {
	for _, tc := range []struct {
		name, words, upos, rels string
		heads, want             []int
	}{
		{"hackers angered by", "hackers angered by cartoons defaced sites .",
			"NOUN VERB ADP NOUN VERB NOUN PUNCT", "nsubj nsubj:pass case obl:agent root obj punct",
			[]int{2, 5, 4, 2, 0, 5, 5}, []int{5, 1, 4, 2, 0, 5, 5}},
		{"no by-phrase", "hackers angered officials defaced sites .",
			"NOUN VERB NOUN VERB NOUN PUNCT", "nsubj csubj obj root obj punct",
			[]int{2, 4, 2, 0, 4, 4}, []int{2, 4, 2, 0, 4, 4}},
	} {
		lower, upos, rels := strings.Fields(tc.words), strings.Fields(tc.upos), strings.Fields(tc.rels)
		heads := append([]int(nil), tc.heads...)
		fixRelativeAsSubject(lower, upos, heads, rels)
		for i := range heads {
			if heads[i] != tc.want[i] {
				t.Errorf("%s: heads %v, want %v", tc.name, heads, tc.want)
				break
			}
		}
	}
}
