package events

// "X has taken positions in the conversation with Y", "X raised the issue
// during talks with Y": a consultation noun that is the setting of
// another act, with a "with" partner, is a consultation by the agent of
// that act.

// settingCases mark a nominal as the occasion of the verb it hangs from.
var settingCases = map[string]bool{"in": true, "during": true, "at": true, "throughout": true}

// settingAgent returns the agent heads of the verb whose setting is the
// consultation noun i ("in the conversation with Y"), or nil.
func (c *coder) settingAgent(s *sent, i int, code string) []int {
	if code[:2] != "04" || s.rel(i) != "obl" || !settingCases[s.caseOf(i)] {
		return nil
	}
	with := false
	for _, k := range s.kids[i] {
		if r := s.rel(k); (r == "nmod" || r == "obl") && s.caseOf(k) == "with" && s.actorAt(k, 2) != nil {
			with = true
		}
	}
	h := s.head(i)
	if !with || h < 0 || !isVerbTag(s.upos(h)) {
		return nil
	}
	return c.verbSubject(s, h, 0)
}

// subjectBetween repairs "Talks in Yevlakh between A and B ended": the
// parser may hang the "between" pair of a consultation noun that is a
// subject on its verb. It returns the pair's first member, or -1.
func (s *sent) subjectBetween(i int, p *pattern) int {
	if !p.Noun || p.Code[:2] != "04" || s.rel(i) != "nsubj" {
		return -1
	}
	v := s.head(i)
	if v < 0 {
		return -1
	}
	for _, k := range s.kids[v] {
		if k > i && k < v && s.rel(k) == "obl" && s.caseOf(k) == "between" && s.actorAt(k, 2) != nil && len(s.betweenOthers(k)) > 0 {
			return k
		}
	}
	return -1
}
