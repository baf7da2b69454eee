package events

// An option not ruled out. "Turkey has not ruled out sending troops",
// "Germany did not rule out military action": to refuse to exclude an
// act is to keep it under consideration, CAMEO 014 (consider policy
// option), like "is considering sending troops" (considered.go); the
// act itself is not done and the negated exclusion rejects nothing.

// notRuledOut reports whether verb i is the -ing complement of a negated
// "rule out" ("has not ruled out sending troops").
func (s *sent) notRuledOut(i int) bool {
	h := s.head(i)
	if h < 0 || !isVerbTag(s.upos(h)) || len(s.low(i)) < 4 || s.low(i)[len(s.low(i))-3:] != "ing" {
		return false
	}
	switch s.rel(i) {
	case "xcomp", "advcl", "obj", "ccomp":
	default:
		return false
	}
	return s.ruleOutNegated(h)
}

// ruleOutNegated reports whether verb h is "rule out" with its own "not"
// or "never".
func (s *sent) ruleOutNegated(h int) bool {
	return lemma(s.low(h)) == "rule" && s.hasParticle(h, "out") && s.negated(h)
}

// ruledOutOption recodes a negated "rule out" whose option is a noun
// ("did not rule out military action", "sending more systems") as 014;
// with an -ing complement the table codes, that complement carries the
// 014 (notRuledOut), so nil.
func (s *sent) ruledOutOption(i int, p *pattern, neg bool, inner map[int]*pattern) *pattern {
	if !neg || p.Noun || p.Lemma != "rule" || p.Particle != "out" || !s.ruleOutNegated(i) {
		return nil
	}
	for _, k := range s.kids[i] {
		if _, ok := inner[k]; ok && s.notRuledOut(k) {
			return nil
		}
	}
	d := *p
	d.Code, d.NoTarget = "014", true
	return &d
}
