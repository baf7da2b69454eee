package events

// "Kenya said a soldier was wounded by fire from the Ugandan side": a
// victim named only by role (a soldier, a border guard) in what a
// country reports about another's attack is the reporter's own.

// reporterSide gives a bare role target of the act at i the country of
// the speaker that reports it, when that speaker is not the agent.
func (c *coder) reporterSide(s *sent, i int, tgt, src []*actorRef) []*actorRef {
	if len(tgt) != 1 || tgt[0] == nil || tgt[0].Type != "ROLE" || len(tgt[0].Code) != 3 || isCountry(tgt[0].Code) {
		return tgt
	}
	if s.rel(i) != "ccomp" {
		return tgt
	}
	v := s.head(i)
	if v < 0 || !speechVerb(verbLemma(s.low(v))) {
		return tgt
	}
	heads := c.verbSubject(s, v, 0)
	rep := c.resolve(s, heads)
	if len(heads) == 1 && len(rep) == 0 {
		// "closed the road after it said": the pronoun's antecedent is
		// the sentence's first named subject.
		if a := s.firstSubject(heads[0]); a != nil {
			rep = []*actorRef{a}
		}
	}
	if len(rep) != 1 || rep[0] == nil || len(rep[0].Code) < 3 || !isCountry(rep[0].Code[:3]) {
		return tgt
	}
	country := rep[0].Code[:3]
	for _, a := range src {
		if a == nil || len(a.Code) < 3 || a.Code[:3] == country || !isCountry(a.Code[:3]) {
			return tgt
		}
	}
	r := *tgt[0]
	r.Code = country + r.Code
	return []*actorRef{&r}
}
