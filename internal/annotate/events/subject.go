package events

// verbSubject finds a verb's agent: its subject, the by-phrase of a
// passive, or the subject it shares with the verb it hangs from ("X
// agreed and signed", "X tried to mediate", "by blocking it, X ...").
func (c *coder) verbSubject(s *sent, i, depth int) []int {
	if depth > 3 {
		return nil
	}
	if n := s.child(i, "nsubj:pass"); n >= 0 {
		for _, k := range s.kids[i] {
			if (s.rel(k) == "obl:agent" || s.rel(k) == "obl") && s.caseOf(k) == "by" {
				return s.conjuncts(k)
			}
		}
		return nil
	}
	// "By blocking the road, X ...": the by-gerund's agent is the
	// subject of the clause it modifies (or, misparsed as the root, of
	// the clause hanging from it).
	if s.child(i, "mark") >= 0 && s.low(s.child(i, "mark")) == "by" && s.child(i, "nsubj") < 0 {
		if h := s.head(i); h >= 0 {
			return c.verbSubject(s, h, depth+1)
		}
		for _, k := range s.kids[i] {
			if r := s.rel(k); r == "advcl" || r == "conj" {
				if n := s.child(k, "nsubj"); n >= 0 {
					return s.conjuncts(n)
				}
			}
		}
	}
	if n := s.child(i, "nsubj"); n >= 0 {
		if k := s.quantitySubject(i, n); k >= 0 {
			return s.conjuncts(k)
		}
		if relatives[s.low(n)] {
			if h := s.head(i); h >= 0 && s.rel(i) == "acl:relcl" {
				return s.conjuncts(h)
			}
		}
		return s.conjuncts(n)
	}
	h := s.head(i)
	if h < 0 {
		// A root verb with no subject: the parser may have hung the
		// subject elsewhere ("In his stances on X, Azerbaijani president
		// talked"); take the actor noun right before the verb.
		if i > 0 && s.actor[i-1] != nil && isNounTag(s.upos(i-1)) {
			return []int{i - 1}
		}
		return nil
	}
	switch s.rel(i) {
	case "xcomp":
		// Object control: "urged Iran to mediate" -> Iran mediates.
		if o := s.child(h, "obj"); o >= 0 {
			return s.conjuncts(o)
		}
		return c.verbSubject(s, h, depth+1)
	case "conj", "advcl", "ccomp":
		if s.rel(i) == "ccomp" {
			return nil
		}
		// "X said civilians had been killed, and called for a truce": a
		// verb misattached to a passive report shares the reporter's
		// subject, not the (absent) agent of the report.
		if s.rel(i) == "conj" && s.rel(h) == "ccomp" && s.child(h, "nsubj") < 0 && s.child(i, "punct") >= 0 && s.child(i, "punct") < i {
			if hh := s.head(h); hh >= 0 {
				return c.verbSubject(s, hh, depth+1)
			}
		}
		// A verb misattached to a noun of the first clause ("closed the
		// road since last year and disallows aid") shares the subject of
		// the verb above that noun.
		for n := 0; n < 3 && h >= 0 && isNounTag(s.upos(h)); n++ {
			h = s.head(h)
		}
		if h < 0 {
			return nil
		}
		return c.verbSubject(s, h, depth+1)
	case "acl":
		// "talks hosted by X": a participle's by-phrase is its agent.
		for _, k := range s.kids[i] {
			if (s.rel(k) == "obl:agent" || s.rel(k) == "obl" || s.rel(k) == "obj") && s.caseOf(k) == "by" {
				return s.conjuncts(k)
			}
		}
		return []int{h}
	}
	return nil
}

// quantitySubject repairs a misparsed quantity phrase: in "Up to 1,000
// ethnic Turks began a strike" the parser makes "Up" the subject and
// hangs the people counted as an oblique before the verb. When the
// subject n of verb i is a bare adverb or preposition, the actor phrase
// between it and the verb is the agent. It returns that phrase's head,
// or -1.
func (s *sent) quantitySubject(i, n int) int {
	if u := s.upos(n); u != "ADP" && u != "ADV" {
		return -1
	}
	for _, k := range s.kids[i] {
		if k > n && k < i && s.rel(k) == "obl" && s.actorAt(k, 2) != nil {
			return k
		}
	}
	return -1
}
