package events

import (
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon/cameo"
)

// reporterAgent is the subject of the speech verb that a conjoined verb
// was misattached under: in "X said the protest was organised by Baku and
// accused Azerbaijan", accused hangs from "organised", whose agent (Baku)
// cannot be the one accusing Azerbaijan; X is.
func (c *coder) reporterAgent(s *sent, i int) *actorRef {
	if s.rel(i) != "conj" {
		return nil
	}
	h := s.head(i)
	if h < 0 || s.rel(h) != "ccomp" {
		return nil
	}
	if hh := s.head(h); hh >= 0 {
		if a := c.resolve(s, c.verbSubject(s, hh, 1)); len(a) == 1 {
			return a[0]
		}
	}
	return nil
}

// code1 builds the event of one dyad (b nil: no target).
func (c *coder) code1(s *sent, i int, p *pattern, code string, neg, hyp bool, a, b *actorRef) []doc.Event {
	cc := cameo.Lookup(code)
	if cc.Root == "04" && c.isOutlet(a) {
		// "Alwaght talked to an expert" in Alwaght's own report: the
		// interview is how the report was made, not news.
		return nil
	}
	e := doc.Event{Source: a.Code, SourceSpan: spanPtr(a.Span), Verb: spanPtr(s.span(i)),
		Code: code, Root: cc.Root, Quad: cc.Quad, Goldstein: cc.Goldstein, Plover: cc.Plover,
		PloverMode: cc.Mode, Negated: neg, Hypothetical: hyp, Sentence: s.idx, Pattern: p.ID,
		ReportedBy: c.reporter(s.span(i)), Location: s.locationOf(i), Date: c.dateOf(s, i)}
	e.Evidence = s.evidence(i, a, b)
	e.PloverContext = cameo.Contexts(code, len(s.toks), s.low)
	if b != nil {
		e.Target, e.TargetSpan = b.Code, spanPtr(b.Span)
	}
	return []doc.Event{e}
}

// isOutlet reports whether actor a names the outlet that published the
// document.
func (c *coder) isOutlet(a *actorRef) bool {
	o := c.d.Meta.Outlet
	if o == "" || a.Span.Start < 0 || a.Span.End > len(c.d.Text) {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(c.d.Text[a.Span.Start:a.Span.End]), strings.TrimSpace(o))
}
