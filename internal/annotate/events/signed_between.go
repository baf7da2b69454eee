package events

// An agreement signed between two parties. "The trade agreement between
// the EU and Vietnam was signed in Hanoi", "a deal was signed between
// Chile and Peru": a passive signing with no by-agent names its signatories
// in the "between" phrase of the agreement or of the verb; each party
// signs with the other (CAMEO 057 in both directions), as when they are
// the subject ("Chile and Peru signed a deal").

// signedBetween returns the head of the "between X and Y" phrase of a
// passive formal-agreement verb at i with no agent, or -1.
func (s *sent) signedBetween(i int, p *pattern) int {
	if p.Noun || p.Code != "057" || s.child(i, "aux:pass") < 0 || s.child(i, "obl:agent") >= 0 {
		return -1
	}
	for _, k := range s.kids[i] {
		if s.rel(k) == "obl" && s.caseOf(k) == "between" && len(s.betweenOthers(k)) > 0 {
			return k // "was signed between X and Y"
		}
	}
	if n := s.child(i, "nsubj:pass"); n >= 0 {
		return s.betweenPair(n) // "the agreement between X and Y was signed"
	}
	return -1
}

// signatories returns the parties of a passive signing at i (X and Y in
// "between X and Y"), or nil.
func (s *sent) signatories(i int, p *pattern) []int {
	k := s.signedBetween(i, p)
	if k < 0 {
		return nil
	}
	return append([]int{k}, s.betweenOthers(k)...)
}
