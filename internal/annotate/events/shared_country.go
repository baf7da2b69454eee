package events

// "The media and academic centers of Azerbaijan": a role noun coordinated
// with a noun that an "of" country qualifies shares that country
// (AZEMED), and the bare conjunct ("centers"), which names no role of
// its own, is the same agent rather than a second one (the country).

// sharedCountry runs after genericAgents.
func (s *sent) sharedCountry() {
	for i, t := range s.toks {
		a := s.actor[i]
		if a == nil || a.Type != "ROLE" || len(a.Code) != 3 || roleOf[t.Lower] == "" {
			continue
		}
		for _, k := range s.kids[i] {
			if s.rel(k) != "conj" || s.actor[k] != nil {
				continue
			}
			for _, g := range s.kids[k] {
				if s.rel(g) != "nmod" || s.caseOf(g) != "of" {
					continue
				}
				if c := s.actor[g]; c != nil && len(c.Code) == 3 && c.Type == "GPE" && isCountry(c.Code) {
					r := *a
					r.Code = c.Code + a.Code
					s.actor[i] = &r
					s.actor[k] = &r
				}
			}
		}
	}
}

// progressiveAgent returns the agent of the support verb of nominal i when
// the parser took an active "-ing" verb for a passive ("the media are
// making claims"), or nil.
func (s *sent) progressiveAgent(i int) []int {
	h := s.head(i)
	if h < 0 || s.rel(i) != "obj" || !supportVerbs[lemma(s.low(h))] || !s.activeProgressive(h) {
		return nil
	}
	return s.conjuncts(s.child(h, "nsubj:pass"))
}

// activeProgressive reports whether verb i, given a passive subject by the
// parser, is an active "-ing" form with no passive auxiliary ("the media
// are making claims"): its subject is then the agent.
func (s *sent) activeProgressive(i int) bool {
	w := s.low(i)
	return len(w) > 4 && w[len(w)-3:] == "ing" && s.child(i, "aux:pass") < 0 && s.child(i, "aux") >= 0 && s.child(i, "nsubj:pass") >= 0
}
