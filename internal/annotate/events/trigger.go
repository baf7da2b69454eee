package events

// match returns the first pattern of the table that fires at token i, or
// nil, with a reason when a form was known but no pattern's conditions held.
func (c *coder) match(s *sent, i int) (*pattern, string) {
	ps := c.t.byForm[s.low(i)]
	if len(ps) == 0 {
		return nil, ""
	}
	why := ""
	if s.rel(i) == "amod" && s.upos(i) != "NOUN" {
		// "the besieged town", "occupied territories": a participle that
		// describes a noun reports no new act.
		return nil, "an attributive participle"
	}
	if s.describedObject(i) { // participle.go
		return nil, "a participle describing an object"
	}
	for _, p := range ps {
		if p.Noun != isNounTag(s.upos(i)) {
			if why == "" {
				why = "part of speech " + s.upos(i) + " does not fit " + p.ID
			}
			continue
		}
		if !p.Noun && !isVerbTag(s.upos(i)) {
			continue
		}
		if p.Particle != "" && !s.hasParticle(i, p.Particle) && !s.objectParticle(i, p) {
			why = "no particle \"" + p.Particle + "\" for " + p.ID
			continue
		}
		if len(p.Obj) > 0 && !s.objectIs(i, p.Obj, p.Noun) {
			why = "object does not fit " + p.ID
			continue
		}
		if s.sportsResult(i, p) {
			return nil, "a sports result"
		}
		if s.producedYield(i, p) { // yield_object.go
			return nil, "a yield that produces, not concedes"
		}
		if s.notUltimatum(i, p) { // rules_hv.go
			why = "no time limit for " + p.ID
			continue
		}
		return p, ""
	}
	return nil, why
}

func isNounTag(t string) bool { return t == "NOUN" || t == "PROPN" }
func isVerbTag(t string) bool { return t == "VERB" || t == "ADJ" || t == "AUX" }

// hasParticle finds "on" in "called on", "called Iran on", "pulled out".
func (s *sent) hasParticle(i int, p string) bool {
	for _, c := range s.kids[i] {
		switch s.rel(c) {
		case "compound:prt", "advmod":
			if s.low(c) == p {
				return true
			}
		case "obl", "obj", "nmod", "xcomp", "ccomp", "iobj":
			if timeWords[s.low(c)] {
				continue // "fired rockets on Monday" is no "fire on"
			}
			if s.caseOf(c) == p || lemma(s.low(c)) == p || s.hasCase(c, p) {
				return true
			}
		}
	}
	return i+1 < len(s.toks) && s.low(i+1) == p
}

// objectIs checks the lemma of the object: a verb's direct object, passive
// subject or prepositional object; a noun's complement or compound.
func (s *sent) objectIs(i int, want []string, noun bool) bool {
	for _, c := range s.kids[i] {
		r := s.rel(c)
		ok := r == "obj" || r == "nsubj:pass" || r == "obl" || r == "iobj" || r == "xcomp" || s.nounClause(c)
		if noun {
			ok = r == "nmod" || r == "compound" || r == "amod"
		}
		if !ok || s.attribution(c) { // received_aid.go
			continue
		}
		if s.lemmaIn(c, want) || (!noun && s.quantityCounts(c, want)) { // rules_hv.go
			return true
		}
		for _, g := range s.kids[c] {
			// "700 kg of medicine", "the return of inspectors": the
			// measured or nominalised thing counts as the object.
			if r := s.rel(g); !s.attribution(g) && (r == "compound" || r == "conj" || r == "case" || r == "nmod" || r == "amod") && s.lemmaIn(g, want) && !s.personModifierOfThing(g, c) { // modifier_person.go
				return true
			}
		}
	}
	if s.countedObject(i, want, noun) { // crowd.go
		return true
	}
	return !noun && s.ergativeSubject(i, want)
}

func (s *sent) lemmaIn(i int, want []string) bool {
	l := lemma(s.low(i))
	for _, w := range want {
		if l == w || s.low(i) == w {
			return true
		}
	}
	return false
}
