package events

// contextTargets gathers the patients that the words around a trigger
// imply when the clause names none: the people a named war is waged on,
// the parties a claim's content clause names, the state whose borders a
// speaker says he respects, the country a closed road leads to.
func (c *coder) contextTargets(s *sent, i int, p *pattern, code string, src []*actorRef) []*actorRef {
	if t := c.reactionTarget(s, i, src); t != nil { // rules_hc2.go
		return t
	}
	if t := s.warTarget(i, code, src); t != nil {
		return t
	}
	if t := c.respectTarget(s, i, p, src); t != nil {
		return t
	}
	if t := c.claimTargets(s, i, src); t != nil {
		return t
	}
	if t := c.blockadeTarget(s, i, p, code, src); t != nil {
		return t
	}
	return nil
}
