package events

// "Aliyev and Pashinyan met at talks hosted by Michel", "the forces
// agreed to a ceasefire mediated by the Russian command", "the council
// discussed the closure at a meeting requested by Armenia": a participle
// with a by-agent describes an act done for, or with, the parties of the
// clause around it. The host receives the two leaders, the mediator
// mediates between those who agree, the requester asks the council.

// participantTargets returns the agents of the clause that takes the
// noun modified by participle trigger i, when i's own agent is its
// by-phrase and it names no patient; or nil.
func (c *coder) participantTargets(s *sent, i int, src []*actorRef) []*actorRef {
	if s.rel(i) != "acl" || !isVerbTag(s.upos(i)) || s.byAgent(i) < 0 {
		return nil
	}
	n := s.head(i)
	if n < 0 {
		return nil
	}
	// Up through the nouns that take it: "discussed the closure ... at a
	// meeting requested by Armenia" with the meeting hung on "closure".
	v := n
	for k := 0; k < 3 && v >= 0 && isNounTag(s.upos(v)); k++ {
		switch s.rel(v) {
		case "obl", "obj", "nmod":
			v = s.head(v)
		default:
			return nil
		}
	}
	if v < 0 || !isVerbTag(s.upos(v)) {
		return nil
	}
	heads := c.verbSubject(s, v, 0)
	// "Karabakh Armenian forces agreed": the parser may give the verb two
	// subjects, the first a bare place.
	for _, k := range s.kids[v] {
		if s.rel(k) == "nsubj" && len(heads) > 0 && k != heads[0] {
			heads = append(heads, k)
		}
	}
	// "President Aliyev of Azerbaijan and Prime Minister Pashinyan of
	// Armenia met": a second party the parser hung as an apposition.
	for _, h := range append([]int(nil), heads...) {
		for _, k := range s.kids[h] {
			if s.rel(k) == "appos" && s.actorAt(k, 2) != nil {
				heads = append(heads, k)
			}
		}
	}
	var out []*actorRef
	for _, a := range c.resolveExcept(s, heads, src) {
		if a != nil && a.Code != "" && !hasCode(src, a.Code) && !hasCode(out, a.Code) {
			out = append(out, a)
		}
	}
	return out
}
