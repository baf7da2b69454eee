package verbdict

import (
	"strings"

	"sitrep/internal/doc"
	parser "sitrep/internal/syntax"
)

// view is one sentence as the matcher sees it: lower-case words, the
// parse (children lists) and the coded actor mention over each token.
type view struct {
	si    int
	toks  []doc.Token
	low   []string
	kids  [][]int
	ment  []int      // index into spans of the coded mention over the token, or -1
	spans []doc.Span // coded mention spans of the sentence
	codes []string   // their actor codes
	first []int      // first token of each mention
	last  []int      // last token of each mention (inclusive)
}

// newView builds the view of sentence si. A sentence the syntax stage did
// not parse (its gate admits only sentences with a trigger of sitrep's own
// table) is parsed here, into a copy: the syntax layer stays as the
// syntax stage left it.
func newView(d *doc.Doc, si int, m *parser.Model) *view {
	s := d.Sentences[si]
	toks := d.Tokens[s.TokStart:s.TokEnd]
	if len(toks) > 0 && toks[0].Head < 0 && m != nil && len(toks) <= maxWords {
		toks = parseCopy(m, toks)
	}
	v := &view{si: si, toks: toks, low: make([]string, len(toks)), kids: make([][]int, len(toks)), ment: make([]int, len(toks))}
	for i, t := range toks {
		v.low[i] = normWord(t.Lower)
		v.ment[i] = -1
		if h := t.Head - 1; h >= 0 && h < len(toks) && h != i {
			v.kids[h] = append(v.kids[h], i)
		}
	}
	v.placeMentions(d)
	return v
}

// maxWords is the longest sentence parsed here, as in the syntax stage.
const maxWords = 150

func parseCopy(m *parser.Model, toks []doc.Token) []doc.Token {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = normWord(t.Text)
	}
	a := m.AnalyzeUPOS(words)
	out := append([]doc.Token(nil), toks...)
	for i := range out {
		out[i].UPOS, out[i].Head, out[i].Rel = a.UPOS[i], a.Heads[i], a.Rels[i]
	}
	return out
}

// normWord maps typographic apostrophes and quotes to ASCII, as the
// dictionaries write them ("n't").
func normWord(w string) string {
	if !strings.ContainsAny(w, "\u2019\u2018\u201c\u201d") {
		return w
	}
	return strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(w)
}

// placeMentions marks the tokens of every coded mention in the sentence.
func (v *view) placeMentions(d *doc.Doc) {
	if len(v.toks) == 0 {
		return
	}
	lo, hi := v.toks[0].Start, v.toks[len(v.toks)-1].End
	for _, e := range d.Entities {
		if e.Actor == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < lo || m.End > hi {
				continue
			}
			id := len(v.spans)
			f, l := -1, -1
			for i, t := range v.toks {
				if t.Start >= m.Start && t.End <= m.End && v.ment[i] < 0 {
					v.ment[i] = id
					if f < 0 {
						f = i
					}
					l = i
				}
			}
			if f >= 0 {
				v.spans = append(v.spans, m.Span)
				v.codes = append(v.codes, e.Actor)
				v.first = append(v.first, f)
				v.last = append(v.last, l)
			}
		}
	}
}

func (v *view) head(i int) int {
	h := v.toks[i].Head - 1
	if h < 0 || h >= len(v.toks) || h == i {
		return -1
	}
	return h
}

func (v *view) rel(i int) string  { return v.toks[i].Rel }
func (v *view) upos(i int) string { return v.toks[i].UPOS }

// child returns the first child of i with one of the relations, or -1.
func (v *view) child(i int, rels ...string) int {
	for _, c := range v.kids[i] {
		for _, r := range rels {
			if v.toks[c].Rel == r {
				return c
			}
		}
	}
	return -1
}

// caseOf returns the preposition marking nominal i, or "".
func (v *view) caseOf(i int) string {
	m := ""
	for _, c := range v.kids[i] {
		if c < i && (v.rel(c) == "case" || v.rel(c) == "mark") {
			m = v.low[c]
		}
	}
	return m
}

// within reports whether token i lies in the subtree of top.
func (v *view) within(i, top int) bool {
	for n := 0; i >= 0 && n <= len(v.toks); n++ {
		if i == top {
			return true
		}
		i = v.head(i)
	}
	return false
}

// nounish reports whether token i may be part of a noun phrase (for "^").
func (v *view) nounish(i int) bool {
	if v.ment[i] >= 0 {
		return true
	}
	switch v.upos(i) {
	case "NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON":
		return true
	}
	return false
}
