package events

// No comment. "The French government would not comment on the report",
// "the ministry did not comment": a statement refused is CAMEO 011
// (decline comment), an act of its own that needs no addressee, where
// the statement made ("commented on") needs one and is negated here.

// declinedComment returns the pattern that codes a negated "comment" at
// i as 011, or nil. "Would not" and "will not" refuse as firmly as "did
// not"; "may not" or a condition ("if") do not refuse.
func (s *sent) declinedComment(i int, p *pattern, neg bool) *pattern {
	if !neg || p.Noun || p.Lemma != "comment" || !p.Say {
		return nil
	}
	for _, k := range s.kids[i] {
		if (s.rel(k) == "aux" && possibleModals[s.low(k)]) || (s.rel(k) == "mark" && (s.low(k) == "if" || s.low(k) == "unless")) {
			return nil
		}
	}
	d := *p
	d.Code, d.Say, d.NoTarget = "011", false, true
	return &d
}
