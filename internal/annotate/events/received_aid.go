package events

// Aid received. The nouns of aid given (aid, food, medicine, weapons,
// loans, asylum; "inner" patterns of root 07) code only under a control
// verb, since "aid" alone names no act. Received from a named giver
// ("Jordan received food aid from Saudi Arabia", "Ukraine obtained
// weapons from Poland") they report the giver's act towards the
// receiving verb's subject, as receivedFrom (recipient.go) reads
// assurances or pressure received.

// receivedAid reports whether inner aid noun i of pattern p is the
// object of a receiving verb with a "from" giver.
func (s *sent) receivedAid(i int, p *pattern) bool {
	if !p.Inner || !p.Noun || p.Frame != "" || p.Code[:2] != "07" {
		return false
	}
	g, _ := s.receivedFrom(i, p)
	return g >= 0
}

// attribution reports whether phrase i names the source of a report
// ("according to Ukrainian intelligence", "according to officials"),
// which is never the object of the act reported, wherever the parser
// hangs it (on the verb, or as a conjunct of the object).
func (s *sent) attribution(i int) bool {
	return s.caseOf(i) == "according"
}
