package events

// "The administration declared that China must drop its barriers": a
// named agent stating what another actor must do makes a demand (10),
// with the leaf taken from the act demanded. Only "must" counts: "should"
// is the voice of commentators, whose recommendations the gold convention
// does not code, and the agent must itself be a coded actor.

// mustDemand returns the demand code and its target when the statement at
// trigger i has a complement whose subject must act, else "".
func (c *coder) mustDemand(s *sent, i int, inner map[int]*pattern) (string, []*actorRef) {
	for _, k := range s.kids[i] {
		if s.rel(k) != "ccomp" {
			continue
		}
		must := false
		for _, a := range s.kids[k] {
			if s.rel(a) == "aux" && s.low(a) == "must" {
				must = true
			}
		}
		if !must {
			continue
		}
		n := s.child(k, "nsubj")
		if n < 0 {
			return "", nil
		}
		tgt := c.resolve(s, s.conjuncts(n))
		if len(tgt) == 0 {
			return "", nil
		}
		code := "100"
		if ip, ok := inner[k]; ok && ip.Frame == "" {
			code = frameCode("10", "100", ip.Code)
		}
		return code, tgt
	}
	return "", nil
}
