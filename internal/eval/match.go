package eval

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"sitrep/internal/doc"
)

// Score compares one analysed document with its gold annotation and adds
// the counts to r.
func (r *Report) Score(g *Gold, got *doc.JSON) {
	r.Documents++
	r.entities(g, got)
	r.events(g, got)
	r.quotes(g, got)
	r.quantities(g, got)
	r.times(g, got)
	if r.ActorMatched > 0 {
		r.ActorAccuracy = float64(r.ActorRight) / float64(r.ActorMatched)
	}
}

// norm lower-cases, drops a leading article and every non-alphanumeric.
func norm(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, a := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func typeClass(t string) string {
	switch t {
	case "GPE", "LOC", "FAC":
		return "PLACE"
	}
	return t
}

// greedy matches predicted items to gold items one to one: each gold item
// takes the first unused prediction that matches.
func greedy(nGold, nPred int, ok func(g, p int) bool) (tp int, goldHit []int) {
	used := make([]bool, nPred)
	goldHit = make([]int, nGold)
	for gi := 0; gi < nGold; gi++ {
		goldHit[gi] = -1
		for pi := 0; pi < nPred; pi++ {
			if !used[pi] && ok(gi, pi) {
				used[pi] = true
				goldHit[gi] = pi
				tp++
				break
			}
		}
	}
	return tp, goldHit
}

func (r *Report) entities(g *Gold, got *doc.JSON) {
	forms := func(name string, ms []string) map[string]bool {
		f := map[string]bool{norm(name): true}
		for _, m := range ms {
			f[norm(m)] = true
		}
		delete(f, "")
		return f
	}
	gf := make([]map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		gf[i] = forms(e.Name, e.Mentions)
	}
	pf := make([]map[string]bool, len(got.Entities))
	for i, e := range got.Entities {
		ms := make([]string, len(e.Mentions))
		for k, m := range e.Mentions {
			ms[k] = m.Text
		}
		pf[i] = forms(e.Name, ms)
	}
	tp, hit := greedy(len(g.Entities), len(got.Entities), func(gi, pi int) bool {
		if typeClass(g.Entities[gi].Type) != typeClass(got.Entities[pi].Type) {
			return false
		}
		for f := range pf[pi] {
			if gf[gi][f] {
				return true
			}
		}
		return false
	})
	r.Layers["entities"].Add(tp, len(got.Entities), len(g.Entities))
	for gi, pi := range hit {
		ge := g.Entities[gi]
		if pi < 0 {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: entity missed: %s (%s)", g.ID, ge.Name, ge.Type))
			continue
		}
		if ge.Actor == nil || *ge.Actor == "" {
			continue
		}
		r.ActorMatched++
		pa := got.Entities[pi].Actor
		if pa != nil && prefix3(*pa) == prefix3(*ge.Actor) {
			r.ActorRight++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: actor of %s: got %v want %s", g.ID, ge.Name, deref(pa), *ge.Actor))
		}
	}
}

func prefix3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func (r *Report) events(g *Gold, got *doc.JSON) {
	var ge []GoldEvent
	for _, e := range g.Events {
		if !e.Negated && !e.Hypothetical {
			ge = append(ge, e)
		}
	}
	var pe []doc.EventJSON
	for _, e := range got.Events {
		if !e.Negated && !e.Hypothetical {
			pe = append(pe, e)
		}
	}
	key := func(src, tgt *string) string { return prefix3(deref(src)) + ">" + prefix3(deref(tgt)) }
	tp, hit := greedy(len(ge), len(pe), func(gi, pi int) bool {
		return key(ge[gi].Source, ge[gi].Target) == key(pe[pi].Source, pe[pi].Target) && ge[gi].Root == pe[pi].Root
	})
	r.Layers["events"].Add(tp, len(pe), len(ge))
	for gi, pi := range hit {
		if pi < 0 {
			e := ge[gi]
			r.Misses = append(r.Misses, fmt.Sprintf("%s: event missed: %s %s %s %q", g.ID, deref(e.Source), e.Code, deref(e.Target), e.Evidence))
		}
	}
	qtp, _ := greedy(len(ge), len(pe), func(gi, pi int) bool {
		return key(ge[gi].Source, ge[gi].Target) == key(pe[pi].Source, pe[pi].Target) && ge[gi].Quad == pe[pi].Quad
	})
	r.Layers["events_quad"].Add(qtp, len(pe), len(ge))
}

// spans locates gold strings in the text: the k-th gold item with the
// same string takes its k-th occurrence.
func spans(text string, items []string) []doc.Span {
	seen := map[string]int{}
	out := make([]doc.Span, len(items))
	for i, s := range items {
		out[i] = doc.Span{Start: -1, End: -1}
		if s == "" {
			continue
		}
		k := seen[s]
		seen[s]++
		from := 0
		for n := 0; ; n++ {
			j := strings.Index(text[from:], s)
			if j < 0 {
				break
			}
			if n == k {
				out[i] = doc.Span{Start: from + j, End: from + j + len(s)}
				break
			}
			from += j + 1
		}
	}
	return out
}

func lastName(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func (r *Report) quotes(g *Gold, got *doc.JSON) {
	texts := make([]string, len(g.Quotes))
	for i, q := range g.Quotes {
		texts[i] = q.Text
	}
	gs := spans(g.Text, texts)
	tp, hit := greedy(len(g.Quotes), len(got.Quotes), func(gi, pi int) bool {
		p := got.Quotes[pi]
		if lastName(g.Quotes[gi].Speaker) != lastName(deref(p.Speaker)) || gs[gi].Start < 0 {
			return false
		}
		ov := min(gs[gi].End, p.End) - max(gs[gi].Start, p.Start)
		return ov*2 >= gs[gi].Len()
	})
	r.Layers["quotes"].Add(tp, len(got.Quotes), len(g.Quotes))
	for gi, pi := range hit {
		if pi < 0 {
			q := g.Quotes[gi]
			r.Misses = append(r.Misses, fmt.Sprintf("%s: quote missed: %s %q", g.ID, q.Speaker, clip(q.Text, 60)))
		}
	}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

func overlaps(a doc.Span, start, end int) bool { return a.Start >= 0 && a.Start < end && start < a.End }

func (r *Report) quantities(g *Gold, got *doc.JSON) {
	ev := make([]string, len(g.Quantities))
	for i, q := range g.Quantities {
		ev[i] = q.Evidence
	}
	gs := spans(g.Text, ev)
	tp, hit := greedy(len(g.Quantities), len(got.Quantities), func(gi, pi int) bool {
		gv, pv := g.Quantities[gi].Value, got.Quantities[pi].Value
		close := gv == pv || math.Abs(gv-pv) <= 0.005*math.Abs(gv)
		return close && overlaps(gs[gi], got.Quantities[pi].Start, got.Quantities[pi].End)
	})
	r.Layers["quantities"].Add(tp, len(got.Quantities), len(g.Quantities))
	for gi, pi := range hit {
		if pi < 0 {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: quantity missed: %v %q", g.ID, g.Quantities[gi].Value, g.Quantities[gi].Evidence))
		}
	}
}

func (r *Report) times(g *Gold, got *doc.JSON) {
	ev := make([]string, len(g.Times))
	for i, t := range g.Times {
		ev[i] = t.Evidence
		if ev[i] == "" {
			ev[i] = t.Text
		}
	}
	gs := spans(g.Text, ev)
	tp, hit := greedy(len(g.Times), len(got.Times), func(gi, pi int) bool {
		return deref(g.Times[gi].Value) == deref(got.Times[pi].Value) && overlaps(gs[gi], got.Times[pi].Start, got.Times[pi].End)
	})
	r.Layers["times"].Add(tp, len(got.Times), len(g.Times))
	for gi, pi := range hit {
		if pi < 0 {
			t := g.Times[gi]
			r.Misses = append(r.Misses, fmt.Sprintf("%s: time missed: %q = %s", g.ID, t.Text, deref(t.Value)))
		}
	}
}
