package verbdict

import (
	"sitrep/internal/doc"
	"sitrep/internal/lexicon/cameo"
)

// events builds the events of a decided verb: the actors from the
// pattern's slots, else from the parse, then one event per dyad (and the
// reverse event of a paired code).
func (c choice) events(v *view, o Options) []doc.Event {
	if c.code.Null {
		return nil
	}
	i := c.vf + c.form.Head
	var srcs, tgts, comp []hit
	var hasSrc, hasTgt, compBefore bool
	used := make([]bool, len(v.toks)) // tokens the pattern matched
	if c.m != nil {
		for k, e := range c.m.p.Elems {
			sl := c.m.slots[k]
			switch e.Kind {
			case Source:
				srcs, hasSrc = append(srcs, v.actorsAt(sl.From)...), true
			case Target:
				tgts, hasTgt = append(tgts, v.actorsAt(sl.From)...), true
			case Compound:
				comp = v.actorsAt(sl.From)
				compBefore = sl.From < c.vf
			case Word, Syn:
				for t := sl.From; t < sl.To; t++ {
					used[t] = true
				}
			}
		}
	}
	if comp != nil {
		if compBefore && !hasSrc {
			srcs, hasSrc = comp, true
			hasTgt = true // the members act on each other
		} else if !compBefore && !hasTgt {
			tgts, hasTgt = comp, true
		}
	}
	ps := -1
	if !hasSrc {
		s, pt := v.agent(i, 0)
		if s >= 0 {
			srcs = v.actorsAt(s)
		}
		ps = pt
	}
	if !hasTgt {
		t := ps
		if t < 0 {
			t = v.target(i, c.vt, func(k int) bool { return used[k] || inHits(v, k, srcs) })
		}
		if t >= 0 {
			tgts = v.actorsAt(t)
		}
	}
	// "noted that X regretted": a target that is also the verb's agent
	// leaves the agent of the reporting verb as the source.
	if len(srcs) > 0 && len(tgts) > 0 && sameActors(srcs, tgts) {
		srcs = nil
		if h := v.head(i); h >= 0 && v.rel(i) == "ccomp" {
			if s, _ := v.agent(h, 0); s >= 0 {
				srcs = v.actorsAt(s)
			}
		}
	}
	if len(srcs) == 0 {
		return nil
	}
	neg, hyp := v.modality(i, used)
	mk := func(a hit, b *hit, code string) doc.Event {
		return c.event(v, a, b, code, neg, hyp)
	}
	var out []doc.Event
	switch {
	case len(tgts) == 0 && len(srcs) > 1:
		// A compound agent with no target acts on its own members
		// ("Gondor and Osgiliath renewed ties").
		for a := 0; a < len(srcs); a++ {
			for b := a + 1; b < len(srcs); b++ {
				if srcs[a].Code == srcs[b].Code {
					continue
				}
				out = append(out, mk(srcs[a], &srcs[b], c.code.Event), mk(srcs[b], &srcs[a], c.code.back()))
			}
		}
	case len(tgts) == 0:
		if o.AllowNullTarget {
			out = append(out, mk(srcs[0], nil, c.code.Event))
		}
	default:
		for _, a := range srcs {
			for _, b := range tgts {
				if a.Code == b.Code {
					continue
				}
				out = append(out, mk(a, &b, c.code.Event))
				if c.code.Reverse != "" {
					out = append(out, mk(b, &a, c.code.Reverse))
				}
			}
		}
	}
	return dedupe(out)
}

// back is the code of the reverse event in a reciprocal coding.
func (c Code) back() string {
	if c.Reverse != "" {
		return c.Reverse
	}
	return c.Event
}

func inHits(v *view, k int, hs []hit) bool {
	for _, h := range hs {
		if v.toks[k].Start >= h.Span.Start && v.toks[k].End <= h.Span.End {
			return true
		}
	}
	return false
}

func sameActors(a, b []hit) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Span == y.Span {
				return true
			}
		}
	}
	return false
}

func (c choice) event(v *view, a hit, b *hit, code string, neg, hyp bool) doc.Event {
	verb := doc.Span{Start: v.toks[c.vf].Start, End: v.toks[c.vt-1].End}
	e := doc.Event{Source: a.Code, SourceSpan: spanPtr(a.Span), Verb: spanPtr(verb), Code: code,
		Negated: neg, Hypothetical: hyp, Sentence: v.si}
	e.Root = code[:2]
	if cc := cameo.Lookup(code); cc != nil {
		e.Root, e.Quad, e.Goldstein, e.Plover, e.PloverMode = cc.Root, cc.Quad, cc.Goldstein, cc.Plover, cc.Mode
	} else {
		e.Quad = cameo.Quad(e.Root)
	}
	e.PloverContext = cameo.Contexts(code, len(v.low), func(i int) string { return v.low[i] })
	if c.m != nil {
		e.Pattern = c.m.p.Pos.String()
	} else {
		e.Pattern = c.form.Pos.String()
	}
	ev := verb
	ev = cover(ev, a.Span)
	if b != nil {
		e.Target, e.TargetSpan = b.Code, spanPtr(b.Span)
		ev = cover(ev, b.Span)
	}
	e.Evidence = ev
	return e
}

func cover(a, b doc.Span) doc.Span {
	if b.Start < a.Start {
		a.Start = b.Start
	}
	if b.End > a.End {
		a.End = b.End
	}
	return a
}

func spanPtr(s doc.Span) *doc.Span { return &s }

// dedupe drops repeated dyads (a conjunct reached twice) and caps the
// events of one verb.
func dedupe(evs []doc.Event) []doc.Event {
	seen := map[[3]string]bool{}
	out := evs[:0]
	for _, e := range evs {
		k := [3]string{e.Source, e.Target, e.Code}
		if seen[k] || len(out) >= maxPerVerb {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}
