package verbdict

import (
	"sitrep/internal/doc"
	parser "sitrep/internal/syntax"
)

// Options are the coder's settings.
type Options struct {
	// AllowNullTarget codes an act whose clause names no target actor
	// (PETRARCH's require_dyad = false). Off by default, as in PETRARCH.
	AllowNullTarget bool
}

// Result is what the dictionary coded in one document: the events, and
// the verbs it decided (coded, or matched by a null-coded pattern), whose
// events/v1 events it replaces.
type Result struct {
	Events []doc.Event
	Verbs  []doc.Span
}

// maxPerVerb caps the events of one verb (compound actors multiply).
const maxPerVerb = 24

// Code codes the events of d with the dictionary. m parses the sentences
// the syntax stage left unparsed; nil leaves them uncoded.
func (d *Dict) Code(dc *doc.Doc, m *parser.Model, o Options) Result {
	var r Result
	for si := range dc.Sentences {
		s := dc.Sentences[si]
		if s.TokEnd <= s.TokStart {
			continue
		}
		v := newView(dc, si, m)
		if v.toks[0].Head < 0 {
			continue
		}
		done := make([]bool, len(v.toks))
		for i := range v.toks {
			if done[i] || !v.verbal(i) {
				continue
			}
			c, ok := d.decide(v, i)
			if !ok {
				continue
			}
			for k := c.vf; k < c.vt; k++ {
				done[k] = true
			}
			evs := c.events(v, o)
			if len(evs) > 0 || c.m != nil && c.code.Null {
				r.Verbs = append(r.Verbs, doc.Span{Start: v.toks[c.vf].Start, End: v.toks[c.vt-1].End})
			}
			r.Events = append(r.Events, evs...)
		}
	}
	return r
}

// verbal reports whether token i is a verb the dictionary may code: a
// verb, or an auxiliary used as a main verb ("has no wish").
func (v *view) verbal(i int) bool {
	switch v.upos(i) {
	case "VERB":
		return true
	case "AUX":
		r := v.rel(i)
		return r != "aux" && r != "aux:pass" && r != "cop"
	}
	return false
}

// choice is the dictionary's decision at one verb.
type choice struct {
	vf, vt int // the verb's tokens
	verb   *Verb
	form   *Form
	m      *match // the pattern that matched, or nil (the verb's default)
	code   Code
}

// decide finds the forms of the dictionary at token i (a multi-word verb
// before a one-word one) and the most specific pattern that matches.
func (d *Dict) decide(v *view, i int) (choice, bool) {
	var cands []choice
	multi := false
	for _, ref := range d.byWord[v.low[i]] {
		f := &ref.v.Forms[ref.f]
		vf := i - f.Head
		vt := vf + len(f.Words)
		if vf < 0 || vt > len(v.toks) {
			continue
		}
		ok := true
		for k, w := range f.Words {
			if k != f.Head && v.low[vf+k] != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if len(f.Words) > 1 && !multi {
			multi, cands = true, cands[:0]
		}
		if multi && len(f.Words) == 1 {
			continue
		}
		cands = append(cands, choice{vf: vf, vt: vt, verb: ref.v, form: f})
	}
	if len(cands) == 0 {
		return choice{}, false
	}
	best := -1
	var bm match
	for ci, c := range cands {
		for _, p := range c.verb.Patterns {
			m, ok := d.matchPattern(v, p, c.vf, c.vt)
			if ok && (best < 0 || m.score > bm.score) {
				best, bm = ci, m
			}
		}
	}
	if best >= 0 {
		c := cands[best]
		c.m, c.code = &bm, bm.p.Code
		return c, true
	}
	// No pattern: the default code of the first form that has one.
	for _, c := range cands {
		c.code = c.verb.Code
		if c.form.Code != nil {
			c.code = *c.form.Code
		}
		if !c.code.Null {
			return c, true
		}
	}
	c := cands[0]
	c.code = Code{Null: true}
	return c, true
}
