package events

// "The UN warnings for unblocking them", "calls to lift the siege": an
// appeal or demand to undo a hostile act, with no addressee named, is
// addressed to whoever committed that act: the agent of the last such act
// reported, else, when the act's victims are one of the two countries
// (or two leaders) the text is about, the other one. Allowing
// humanitarian access is asked of whoever would block it.

// undoneRoot maps the code of an act of undoing to the root of the act it
// undoes: lifting a blockade (0872) or withdrawing (0874) undoes force
// (19), releasing (0841) undoes an arrest (17), easing sanctions (085)
// undoes a sanction (16).
func undoneRoot(code string) string {
	switch {
	case len(code) >= 3 && code[:3] == "087", len(code) >= 4 && code[:4] == "0863":
		// allowing humanitarian access (0863) is asked of whoever
		// blocks it
		return "19"
	case len(code) >= 4 && code[:4] == "0841":
		return "17"
	case len(code) >= 3 && code[:3] == "085":
		return "16"
	}
	return ""
}

// undoTarget returns the addressee of an appeal (02) or demand (10) whose
// embedded act k undoes a hostile act, or nil.
func (c *coder) undoTarget(s *sent, code string, k int, inner *pattern, src []*actorRef) []*actorRef {
	if k < 0 || inner == nil || (code[:2] != "02" && code[:2] != "10") {
		return nil
	}
	root := undoneRoot(inner.Code)
	if root == "" {
		return nil
	}
	if a := c.srcByRoot[root]; a != nil && !hasCode(src, a.Code) {
		return []*actorRef{a}
	}
	victim := c.undoVictim(s, k)
	if victim == nil {
		victim = s.beneficiary(k)
	}
	if victim == nil && len(src) == 1 && src[0] != nil && len(src[0].Code) >= 3 && isCountry(src[0].Code[:3]) {
		// "they demand that the corridor be reopened": one side asks
		// the other.
		victim = src[0]
	}
	if victim == nil || len(victim.Code) < 3 {
		return nil
	}
	c.noteCountries(s) // this sentence's countries count too (done again at its end)
	pair := c.pair()
	if len(pair) != 2 {
		// "Michel hosted Aliyev and Pashinyan": the two leaders'
		// countries.
		pair = c.leaderPair()
	}
	if len(pair) != 2 || len(pair[0].Code) < 3 || len(pair[1].Code) < 3 {
		return nil
	}
	for n, a := range pair {
		if a.Code[:3] == victim.Code[:3] {
			if o := pair[1-n]; !hasCode(src, o.Code) {
				return []*actorRef{o}
			}
		}
	}
	return nil
}

// undoVictim returns the people an act of undoing k frees: its object's
// actor, or for a pronoun the last population named before it.
func (c *coder) undoVictim(s *sent, k int) *actorRef {
	o := s.child(k, "obj")
	if o < 0 {
		return nil
	}
	if a := s.actorAt(o, 2); a != nil {
		return a
	}
	if !pronouns[s.low(o)] && s.low(o) != "them" {
		return nil
	}
	for g := o - 1; g >= 0; g-- {
		if a := s.actor[g]; a != nil && (a.Type == "NORP" || (len(a.Code) >= 6 && a.Code[len(a.Code)-3:] == "CVL")) {
			return a
		}
	}
	return c.lastCVL
}

// allWithin reports whether every head lies in the subtree of top (true
// for none).
func (s *sent) allWithin(heads []int, top int) bool {
	for _, h := range heads {
		if !s.within(h, top) {
			return false
		}
	}
	return true
}

// beneficiary returns the people an act of allowing k is for: "access to
// the Karabakh population".
func (s *sent) beneficiary(k int) *actorRef {
	for _, g := range s.kids[k] {
		if r := s.rel(g); (r == "nmod" || r == "obl") && (s.caseOf(g) == "to" || s.caseOf(g) == "for") {
			if a := s.actorAt(g, 2); a != nil {
				return a
			}
		}
	}
	return nil
}

// rejectsEarlierAct reports whether a coded agent's rejection (12) at
// verb i has as object a definite act noun whose author is no coded
// actor ("Azerbaijan rejected the opinion" after a lawyer published it):
// the rejection is coded with no target.
func (s *sent) rejectsEarlierAct(i int, p *pattern, code string, src []*actorRef) bool {
	if p.Noun || code[:2] != "12" || len(src) == 0 || src[0] == nil || src[0].Code == "" || civilRole(src[0].Code) {
		return false
	}
	o := s.child(i, "obj")
	if o < 0 || s.actor[o] != nil || !anaphoricActs[lemma(s.low(o))] {
		return false
	}
	d := s.child(o, "det")
	return d >= 0 && pointBack[s.low(d)]
}
