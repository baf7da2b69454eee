package events

// nullSourceOK reports whether, in partial mode, the act at trigger i may
// be coded with a null source: the benchmarks' root scores ignore actors,
// and many agents are phrases the actor layer leaves uncoded ("the
// hackers", "a committee"). Only verbal triggers that are not speech
// verbs or weak frames qualify, and only with an explicit nominal subject
// (their own, or that of the verb they complete or are coordinated with):
// a bare participle ("wounded", "armed") or an agentless passive ("people
// were killed") names no agent at all, and coding it was mostly wrong on
// the even half of the PLOVER benchmark.
func nullSourceOK(s *sent, i int, p *pattern) bool {
	if p.Say || p.Weak || p.Inner || p.Noun {
		return false
	}
	for k, n := i, 0; k >= 0 && n < 4; k, n = s.head(k), n+1 {
		if n > 0 && !isVerbTag(s.upos(k)) {
			return false
		}
		if sb := s.child(k, "nsubj"); sb >= 0 {
			return isNounTag(s.upos(sb))
		}
		if s.child(k, "nsubj:pass") >= 0 {
			return false
		}
		if r := s.rel(k); r != "xcomp" && r != "conj" {
			return false
		}
	}
	return false
}
