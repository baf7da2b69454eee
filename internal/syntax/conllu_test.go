package syntax

import (
	"reflect"
	"strings"
	"testing"
)

// A sentence written for this test (not from a treebank), with a
// multiword token and an empty node that must be skipped.
const sample = `# sent_id = t1
# text = The rebels didn't attack.
1	The	the	DET	DT	_	2	det	_	_
2	rebels	rebel	NOUN	NNS	_	5	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
4.1	x	x	X	X	_	_	_	_	_
5	attack	attack	VERB	VB	_	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

`

func TestReadCoNLLU(t *testing.T) {
	s, err := ReadCoNLLU(strings.NewReader(sample + sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 {
		t.Fatalf("got %d sentences", len(s))
	}
	want := []string{"The", "rebels", "did", "n't", "attack", "."}
	if !reflect.DeepEqual(s[0].Words, want) {
		t.Errorf("words %v", s[0].Words)
	}
	if !reflect.DeepEqual(s[0].Heads, []int{2, 5, 5, 5, 0, 5}) {
		t.Errorf("heads %v", s[0].Heads)
	}
	if s[0].Rels[1] != "nsubj" || s[0].UPOS[3] != "PART" || s[0].XPOS[1] != "NNS" {
		t.Errorf("columns wrong: %+v", s[0])
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	for _, bad := range []string{
		"1\tx\n",
		"2\tx\tx\tX\tX\t_\t0\troot\t_\t_\n",
		"1\tx\tx\tX\tX\t_\t9\troot\t_\t_\n",
		"1\tx\tx\tX\tX\t_\t-1\troot\t_\t_\n",
	} {
		if _, err := ReadCoNLLU(strings.NewReader(bad)); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n")
	f.Add("# c\n\n\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLLU(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			n := len(s.Words)
			if len(s.UPOS) != n || len(s.XPOS) != n || len(s.Heads) != n || len(s.Rels) != n {
				t.Fatalf("ragged sentence %+v", s)
			}
			for _, h := range s.Heads {
				if h < 0 || h > n {
					t.Fatalf("head %d out of range", h)
				}
			}
		}
	})
}

func TestSplitClitics(t *testing.T) {
	for in, want := range map[string][]string{
		"don't":        {"do", "n't"},
		"can't":        {"ca", "n't"},
		"Azerbaijan's": {"Azerbaijan", "'s"},
		"they're":      {"they", "'re"},
		"we'll":        {"we", "'ll"},
		"I'm":          {"I", "'m"},
		"you'd":        {"you", "'d"},
		"they've":      {"they", "'ve"},
		"Iran\u2019s":  {"Iran", "\u2019s"},
		"don\u2019t":   {"do", "n\u2019t"},
		"army":         {"army"},
		"'s":           {"'s"},
	} {
		if got := SplitClitics(in); !reflect.DeepEqual(got, want) {
			t.Errorf("SplitClitics(%q) = %q, want %q", in, got, want)
		}
	}
}
