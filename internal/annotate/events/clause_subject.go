package events

// Two parser slips that hide a clause's subject.
//
// "The Red Cross delivered flour to the region by the northern road": the
// parser may read the verb as a reduced relative on the subject noun
// (acl of the root noun) and the "by" phrase as its agent. A reduced
// passive relative takes no direct object, so a verb that has one is the
// main verb and the noun its subject.
//
// "The EU has hosted meetings between A and B, and Russia and the United
// States have held talks": the parser may hang the second subject on the
// first clause's list and make that clause the subject. A verb whose
// subject is a clause takes the actor conjuncts after the comma right
// before it (clauseCut).

// rootAclSubject returns the noun that verb i, misread as its modifier,
// has as its subject, or -1.
func (s *sent) rootAclSubject(i int) int {
	h := s.head(i)
	if h < 0 || s.rel(i) != "acl" || s.head(h) >= 0 || !isNounTag(s.upos(h)) {
		return -1
	}
	if s.child(i, "obj") < 0 || s.child(i, "nsubj") >= 0 || s.child(i, "aux:pass") >= 0 || s.actorAt(h, 2) == nil {
		return -1
	}
	return h
}

// cutSubject returns the actor conjuncts that end right before verb v
// (skipping its auxiliaries) when v's subject is itself a verb, or nil.
func (s *sent) cutSubject(v int) []int {
	n := s.child(v, "nsubj")
	if n < 0 || !isVerbTag(s.upos(n)) || n > v {
		return nil
	}
	k := v - 1
	for k >= 0 && s.head(k) == v && (s.rel(k) == "aux" || s.rel(k) == "advmod") {
		k--
	}
	if k < 0 || s.actor[k] == nil || s.rel(k) != "conj" {
		return nil
	}
	// k may sit inside its mention ("United States"): up to the head.
	list := s.head(k)
	cut := s.clauseCut(list)
	if cut < 0 {
		return nil
	}
	var out []int
	for _, c := range s.kids[list] {
		if s.rel(c) == "conj" && c >= cut && s.actor[c] != nil {
			out = append(out, c)
		}
	}
	return out
}

// supportOf returns the verb that carries trigger i: i itself for a verb,
// the support verb of a nominal ("held talks"), or -1.
func (s *sent) supportOf(i int, p *pattern) int {
	if !p.Noun {
		return i
	}
	if h := s.head(i); h >= 0 && s.rel(i) == "obj" && supportVerbs[lemma(s.low(h))] {
		return h
	}
	return -1
}

// ofTheirOwn reports whether the act at i, or the nominal its verb
// carries, is "of their own" ("held talks of their own"): each party
// acts apart, not with the other.
func (s *sent) ofTheirOwn(i int) bool {
	for _, n := range append([]int{i}, s.kids[i]...) {
		if n != i && s.rel(n) != "obj" {
			continue
		}
		for _, k := range s.kids[n] {
			if s.low(k) == "own" && s.caseOf(k) == "of" {
				return true
			}
		}
	}
	return false
}

// reflexives mark a self-description: "describing themselves as".
var reflexives = map[string]bool{"themselves": true, "itself": true, "himself": true, "herself": true}

// selfDescribed returns the agent of verb i when the parser hung it on the
// role noun of a self-description ("a group of Azerbaijanis describing
// themselves as activists blocked the road"): the described group's
// country with the role it claims (AZEOPP), or nil.
func (s *sent) selfDescribed(i int) *actorRef {
	h := s.head(i)
	if h < 0 || s.rel(i) != "acl" || s.child(i, "obj") < 0 || s.rel(h) != "obl" || s.caseOf(h) != "as" {
		return nil
	}
	v := s.head(h)
	if v < 0 || !isVerbTag(s.upos(v)) {
		return nil
	}
	if o := s.child(v, "obj"); o < 0 || !reflexives[s.low(o)] {
		return nil
	}
	n := s.child(v, "nsubj")
	role := s.actor[h]
	if n < 0 || role == nil || role.Type != "ROLE" || len(role.Code) != 3 {
		return nil
	}
	who := s.actorAt(n, 2)
	if who == nil || len(who.Code) < 3 || !isCountry(who.Code[:3]) {
		return nil
	}
	return &actorRef{Code: who.Code[:3] + role.Code, Span: s.span(n), Type: "ROLE", Name: s.toks[n].Text}
}

// conjSubject resolves pronoun subject h of a verb conjoined to a verb
// with a named subject: in "the authorities have refused, and they
// demand", "they" are the authorities. A coordinated first subject leaves
// it ambiguous (nil).
func (s *sent) conjSubject(h int) *actorRef {
	if !pronouns[s.low(h)] || s.rel(h) != "nsubj" {
		return nil
	}
	v := s.head(h)
	if v < 0 || s.rel(v) != "conj" {
		return nil
	}
	first := s.head(v)
	if first < 0 || !isVerbTag(s.upos(first)) {
		return nil
	}
	n := s.child(first, "nsubj")
	if n < 0 || n > h || pronouns[s.low(n)] || s.child(n, "conj") >= 0 {
		return nil
	}
	if a := s.actorAt(n, 2); a != nil && a.Code != "" {
		return a
	}
	return nil
}
