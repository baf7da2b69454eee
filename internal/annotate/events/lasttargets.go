package events

// Patients the role finders (roles.go) miss, tried only when an act by an
// agent would otherwise be dropped for want of a target. Each follows a
// CAMEO coding convention for a general construction:
//
//   - "Kenya and Uganda agreed to hold patrols", "X and Y signed a
//     treaty": an agreement, support or cooperation between coordinated
//     parties with no other patient is between those parties, each
//     toward the others;
//   - "demanded that Uganda pay for the damage": a demand or appeal is
//     addressed to the agent of the clause it asks for;
//   - "threatened to strike unless Chad frees them": a threat is aimed at
//     the agent of its condition;
//   - "refused to ease the curfew on Bolivians", "willing to send arms to
//     help defend Chad", "used tear gas to disperse protesters",
//     "donated and delivered food to Chad": the patient of the act the
//     trigger embeds, serves or shares its complements with;
//   - "prevented the rally organised by students": the author of the
//     thing acted on; "agreed to provide $70 million of aid for Chad":
//     the recipient deep in the object phrase;
//   - "threatened to bomb Sudanese villages", "is opposed to Chilean
//     arbitration": an act on a thing of a nationality targets that
//     country;
//   - "lifted the travel ban in Somalia", "reinforced its troops in
//     Syria": an act done in another country targets that country (for a
//     coded agent, in the default pipeline only).
//
// The helpers that find these phrases are in lasttargets_find.go.

// pairRoots are the roots of acts between coordinated parties.
var pairRoots = map[string]bool{"03": true, "05": true, "06": true}

// addresseeRoots are the roots of acts addressed to the agent of the
// clause they embed.
var addresseeRoots = map[string]bool{"02": true, "10": true}

// lastTargets returns the agents and patients for trigger i when the role
// finders found no patient, or srcActors and nil.
func (c *coder) lastTargets(s *sent, i int, p *pattern, code string, innerAt int, src []int, srcActors []*actorRef) ([]*actorRef, []*actorRef) {
	if p.Say || len(code) < 2 || len(srcActors) == 0 || srcActors[0] == nil {
		return srcActors, nil
	}
	coded := srcActors[0].Code != ""
	root := code[:2]
	if pairRoots[root] {
		// Each party toward the others, as the gold codes reciprocal
		// agreements (sources and targets both the parties).
		if a, b := s.reciprocalPair(src, srcActors); len(b) > 0 {
			all := append(append([]*actorRef(nil), a...), b...)
			return all, all
		}
	}
	if addresseeRoots[root] {
		if t := c.embeddedAgent(s, i, innerAt, srcActors); t != nil {
			return srcActors, t
		}
	}
	if root == "13" {
		if t := c.conditionAgent(s, i, srcActors); t != nil {
			return srcActors, t
		}
	}
	if p.Noun {
		return srcActors, nil
	}
	verbs := s.actVerbs(i, innerAt)
	for _, v := range verbs[1:] {
		// "refused to ease the curfew on Bolivians": the patient of
		// the act the trigger embeds, when the table does not know it
		// (and no other verbal act was folded into the trigger).
		if v == innerAt || !s.inPhrase(v, i) || (innerAt >= 0 && !s.inPhrase(innerAt, v) && !s.inPhrase(v, innerAt) && isVerbTag(s.upos(innerAt))) {
			continue
		}
		if t := c.resolveExcept(s, c.targets(s, v, p, src), srcActors); len(t) > 0 && t[0] != nil && t[0].Code != "" && !hasCode(srcActors, t[0].Code) {
			return srcActors, t[:1]
		}
	}
	for _, v := range verbs {
		// "prevented the rally organised by students", "rejected the
		// plan drafted by Chad": the author of the thing acted on.
		if o := s.child(v, "obj"); o >= 0 {
			if a := s.authorOf(o, srcActors); a != nil {
				return srcActors, []*actorRef{a}
			}
		}
	}
	for _, v := range verbs {
		// "agreed to provide $70 million of aid for Chad": the
		// recipient hung deep in the object phrase.
		if o := s.child(v, "obj"); o >= 0 {
			if a := s.recipientIn(o, srcActors); a != nil {
				return srcActors, []*actorRef{a}
			}
		}
	}
	for _, v := range verbs {
		for _, o := range s.thingNouns(v) {
			if a := s.nationalityOf(o, srcActors); a != nil {
				return srcActors, []*actorRef{a}
			}
		}
	}
	if nullTargetRoots[root] || c.nullTargets || !coded {
		// A place is no patient: partial mode codes the act with none
		// ("Turkey is conducting drills in Cyprus"); the default
		// pipeline, which needs a target, takes the place's country.
		return srcActors, nil
	}
	for _, v := range verbs {
		if a := s.foreignPlace(v, srcActors); a != nil {
			return srcActors, []*actorRef{a}
		}
	}
	return srcActors, nil
}

// embeddedAgent returns the coded agent of a "that" clause of trigger i
// (or of the act it embeds), other than the trigger's own agents, or nil.
func (c *coder) embeddedAgent(s *sent, i, innerAt int, srcActors []*actorRef) []*actorRef {
	for _, v := range []int{i, innerAt} {
		if v < 0 {
			continue
		}
		// "demanded that X ...", and "insisted on its demands that X
		// ...": the clause of the verb or of its complement noun.
		var clauses []int
		for _, k := range s.kids[v] {
			switch s.rel(k) {
			case "ccomp":
				clauses = append(clauses, k)
			case "obj", "obl":
				for _, g := range s.kids[k] {
					if r := s.rel(g); (r == "acl" || r == "ccomp") && s.child(g, "mark") >= 0 && s.low(s.child(g, "mark")) == "that" {
						clauses = append(clauses, g)
					}
				}
			}
		}
		for _, k := range clauses {
			if out := c.otherSubject(s, k, srcActors); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// conditionAgent returns the coded agent of an "unless" or "if" clause
// of threat trigger i ("threatened to strike unless Chad released the
// prisoners"): the one threatened; or nil.
func (c *coder) conditionAgent(s *sent, i int, srcActors []*actorRef) []*actorRef {
	for _, v := range append([]int{i}, s.kidsRel(i, "xcomp")...) {
		for _, k := range s.kids[v] {
			if s.rel(k) != "advcl" {
				continue
			}
			m := s.child(k, "mark")
			if m < 0 || (s.low(m) != "unless" && s.low(m) != "if") {
				continue
			}
			if out := c.otherSubject(s, k, srcActors); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// otherSubject returns the coded actors of clause k's subject that are
// none of the agents, or nil.
func (c *coder) otherSubject(s *sent, k int, srcActors []*actorRef) []*actorRef {
	n := s.child(k, "nsubj")
	if n < 0 || s.actorAt(n, 2) == nil {
		return nil
	}
	var out []*actorRef
	for _, a := range c.resolveExcept(s, s.conjuncts(n), srcActors) {
		if a != nil && a.Code != "" && !hasCode(srcActors, a.Code) {
			out = append(out, a)
		}
	}
	return out
}
