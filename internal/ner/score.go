package ner

import (
	"fmt"
	"sort"
	"strings"
)

// Counts holds entity-level counts for one type (or overall).
type Counts struct {
	Gold, Pred, Correct int
}

// Precision, Recall and F1 are fractions in [0,1], computed as conlleval
// does (F1 is the harmonic mean of P and R; 0 when undefined).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }
func (c Counts) Recall() float64    { return ratio(c.Correct, c.Gold) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is a conlleval-style evaluation: exact span and type matches.
type Report struct {
	Overall Counts
	Types   map[string]Counts
	Tokens  int
	TokenOK int // tokens whose predicted tag string equals the gold one
}

// Score compares gold and predicted tag sequences sentence by sentence.
// Both may be IOB1 or IOB2; spans are extracted with conlleval's rules.
// Sentences of unequal length are compared over their common prefix.
func Score(gold, pred [][]string) Report {
	rep := Report{Types: map[string]Counts{}}
	for i := range gold {
		var p []string
		if i < len(pred) {
			p = pred[i]
		}
		g := gold[i]
		if len(p) > len(g) {
			p = p[:len(g)]
		}
		for j := range p {
			rep.Tokens++
			if p[j] == g[j] {
				rep.TokenOK++
			}
		}
		gs, ps := Spans(g), Spans(p)
		set := make(map[Span]bool, len(gs))
		for _, s := range gs {
			set[s] = true
			c := rep.Types[s.Type]
			c.Gold++
			rep.Types[s.Type] = c
		}
		for _, s := range ps {
			c := rep.Types[s.Type]
			c.Pred++
			if set[s] {
				c.Correct++
				rep.Overall.Correct++
			}
			rep.Types[s.Type] = c
		}
		rep.Overall.Gold += len(gs)
		rep.Overall.Pred += len(ps)
	}
	return rep
}

// String renders the report as a conlleval-like table (percentages).
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		r.Tokens, r.Overall.Gold, r.Overall.Pred, r.Overall.Correct)
	fmt.Fprintf(&b, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		100*ratio(r.TokenOK, r.Tokens), 100*r.Overall.Precision(), 100*r.Overall.Recall(), 100*r.Overall.F1())
	types := make([]string, 0, len(r.Types))
	for t := range r.Types {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := r.Types[t]
		fmt.Fprintf(&b, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Pred)
	}
	return b.String()
}
