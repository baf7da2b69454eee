package events

// verbSubject finds a verb's agent: its subject, the by-phrase of a
// passive, or the subject it shares with the verb it hangs from ("X
// agreed and signed", "X tried to mediate", "by blocking it, X ...").
func (c *coder) verbSubject(s *sent, i, depth int) []int {
	if depth > 3 {
		return nil
	}
	if k := s.meansAgent(i); k >= 0 {
		return s.conjuncts(k) // "killed in an Israeli air strike" (wire.go)
	}
	if n := s.child(i, "nsubj:pass"); n >= 0 {
		for _, k := range s.kids[i] {
			if (s.rel(k) == "obl:agent" || s.rel(k) == "obl") && s.caseOf(k) == "by" {
				if f := s.fromActor(k); f >= 0 {
					return []int{f}
				}
				if s.actorAt(k, 2) == nil {
					// The "from" phrase hung on the verb instead.
					for _, g := range s.kids[i] {
						if s.rel(g) == "obl" && s.caseOf(g) == "from" && s.actorAt(g, 2) != nil {
							return []int{g}
						}
					}
				}
				return s.conjuncts(k)
			}
		}
		if s.readyPassive(i) {
			return s.conjuncts(n) // "it was prepared to make concessions"
		}
		return nil
	}
	if s.anonymousAgent(i) >= 0 {
		return nil // its own agent names no actor: borrow none
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
		if k := s.deviceAgent(n); k >= 0 { // repair_hw.go
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
		if r := s.speechConj(i); r >= 0 {
			return c.verbSubject(s, r, depth+1)
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
		if k := s.byAgent(i); k >= 0 {
			return s.conjuncts(k)
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

// byAgent returns the by-phrase of participle i ("talks hosted by X"), or
// -1. The "by" may hang inside the phrase rather than on its head: in
// "hosted by the President of the European Council, Charles Michel" the
// parser makes Michel the object and "by" the case of "President".
func (s *sent) byAgent(i int) int {
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "obl:agent", "obl", "obj":
			if s.caseOf(k) == "by" || (k > i && s.low(s.firstOf(k)) == "by") {
				return k
			}
		}
	}
	return -1
}

// fromActor returns the actor phrase that an agentive means comes from
// ("wounded by fire from the Armenian side", "killed by shelling from
// Russian positions"), when the means itself names no actor; or -1.
func (s *sent) fromActor(k int) int {
	if s.actorAt(k, 2) != nil {
		return -1
	}
	for _, g := range s.kids[k] {
		if s.rel(g) == "nmod" && s.caseOf(g) == "from" && s.actorAt(g, 2) != nil {
			return g
		}
	}
	return -1
}

// speechConj returns the reporting verb whose subject is the agent of
// verb i, or -1: i is a speech act (an appeal, accusation, demand,
// rejection or threat) coordinated, by a misparse, with the content of a
// report whose subject cannot be its agent. In "Armenia said its forces
// were not involved and called on the UN" and "X said the road offered a
// way to supply the region and accused Armenia", forces that "were not
// involved" and a road do not call or accuse; the reporter does. The
// report's own subject must be passive or name no actor.
func (s *sent) speechConj(i int) int {
	h := s.head(i)
	if s.rel(i) != "conj" || h < 0 || s.child(i, "nsubj") >= 0 || !speechVerb(s.low(i)) {
		return -1
	}
	// Up from the conjunct's head to the reporting verb: "supply" (acl)
	// -> "way" (obj) -> "offered" (ccomp) -> "said"; "starved" (read as a
	// relative clause of "council") -> "council" -> "told". The first
	// verb on the way with a subject is the reported clause.
	content := -1
	for n := 0; n < 5 && h >= 0; n, h = n+1, s.head(h) {
		if content >= 0 && s.upos(h) == "VERB" && intentVerbs[lemma(s.low(h))] {
			if s.child(content, "aux:pass") >= 0 || s.child(content, "nsubj:pass") >= 0 {
				return h
			}
			if k := s.child(content, "nsubj"); k >= 0 && !pronouns[s.low(k)] && s.actorAt(k, 2) == nil {
				return h
			}
			return -1
		}
		if content < 0 && isVerbTag(s.upos(h)) && s.child(h, "nsubj", "nsubj:pass", "aux:pass") >= 0 {
			content = h
		}
	}
	return -1
}

// speechVerb reports whether a lower-case word is a form of a verb
// pattern whose act is said rather than done (roots 01, 02, 10-13).
func speechVerb(w string) bool {
	t, err := loadTable()
	if err != nil {
		return false
	}
	for _, p := range t.byForm[w] {
		if r := p.Code[:2]; !p.Noun && (r <= "02" || (r >= "10" && r <= "13")) {
			return true
		}
	}
	return false
}
