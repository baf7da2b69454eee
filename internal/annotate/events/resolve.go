package events

import "strings"

// From phrase heads to actors: pronouns, pairs, places whose population
// is the target, and the sentence's named agents kept for the next ones.

// placeTarget finds whom an act against a place hits. Blockading a road
// or region targets the population named there (in this sentence, else
// the last one named); occupying a place targets the country it belongs to.
func (c *coder) placeTarget(s *sent, i int, p *pattern, src []*actorRef) []*actorRef {
	pl := s.objectPlace(i)
	if p.Code == "192" {
		if pl != nil && pl.Country != "" && (len(src) == 0 || src[0].Code[:min(3, len(src[0].Code))] != pl.Country) {
			return []*actorRef{{Code: pl.Country, Span: pl.Span}}
		}
		return nil
	}
	if p.Code != "191" && p.Code[:2] == "19" {
		if t := s.attackedPeople(i, src); t != nil {
			return t
		}
	}
	if pl == nil && (len(p.Obj) == 0 || !s.objectIs(i, p.Obj, p.Noun)) {
		return nil
	}
	for k := range s.toks {
		if a := s.actor[k]; a != nil && strings.HasSuffix(a.Code, "CVL") {
			return []*actorRef{a}
		}
	}
	if c.lastCVL != nil {
		return []*actorRef{c.lastCVL}
	}
	return nil
}

// resolve turns phrase heads into actors, resolving pronoun subjects to
// the last named agent.
func (c *coder) resolve(s *sent, heads []int) []*actorRef { return c.resolveExcept(s, heads, nil) }

// resolveAgent is resolve for an act's agents: a pronoun subject with no
// antecedent in the clauses above may also take the sentence's first
// named subject (see firstSubject). Patients do not: in "saying he must
// resign", "he" is not the protesters.
func (c *coder) resolveAgent(s *sent, heads []int) []*actorRef {
	if len(heads) == 1 {
		if a := s.conjSubject(heads[0]); a != nil {
			return []*actorRef{a}
		}
	}
	out := c.resolve(s, heads)
	if len(out) == 0 && len(heads) == 1 && s.clauseSubject(heads[0]) == nil {
		if a := s.firstSubject(heads[0]); a != nil {
			return []*actorRef{a}
		}
	}
	return out
}

// resolveExcept is resolve for an act's patients: a pair ("the two
// countries") leaves out the act's agents.
func (c *coder) resolveExcept(s *sent, heads []int, agents []*actorRef) []*actorRef {
	var out []*actorRef
	for _, h := range heads {
		if s.isLeaderPair(h) && len(c.leaderPair()) == 2 {
			out = append(out, c.leaderPair()...)
		} else if s.actor[h] == nil && s.isPair(h) {
			out = append(out, c.pairExcept(agents)...)
		} else if a := s.actorAt(h, 2); a != nil {
			out = append(out, a)
		} else if a := s.clauseSubject(h); pronouns[s.low(h)] && a != nil && len(heads) == 1 {
			out = append(out, a)
		} else if pronouns[s.low(h)] && c.lastSubj != nil && len(heads) == 1 {
			out = append(out, c.lastSubj)
		}
	}
	return out
}

// remember keeps the sentence's named subject and civilian population for
// the pronouns and blockades of the next sentences.
func (c *coder) remember(s *sent) {
	for i := range s.toks {
		a := s.actor[i]
		if a == nil {
			continue
		}
		if r := s.rel(i); r == "nsubj" || r == "nsubj:pass" {
			c.lastSubj = a
		}
		if n := len(a.Code); n >= 6 && a.Code[n-3:] == "CVL" {
			c.lastCVL = a
		}
	}
}

// firstSubject resolves pronoun h to the first named subject of its own
// sentence, when one comes before it: "King Hassan was quoted as saying
// he would be ready", "Iran said on Monday that it would retaliate" with
// a parse that hides the link. A sentence's main subject is the usual
// antecedent of a later pronoun subject, more often than the previous
// sentence's. Coordinated subjects are left alone ("they" is ambiguous).
func (s *sent) firstSubject(h int) *actorRef {
	if !pronouns[s.low(h)] {
		return nil
	}
	for k := 0; k < h; k++ {
		if r := s.rel(k); r != "nsubj" && r != "nsubj:pass" {
			continue
		}
		if pronouns[s.low(k)] || s.child(k, "conj") >= 0 {
			return nil
		}
		if a := s.actorAt(k, 2); a != nil && a.Code != "" {
			return a
		}
		return nil
	}
	return nil
}

// attackedPeople finds whom an attack on a place hits: "launched a
// military operation in Nagorno-Karabakh", "shelling positions around
// Stepanakert". The place is the attack's object or a locative phrase
// under the trigger or its object; its people are those of a region the
// coder knows (regionPeople), else the country it belongs to when that is
// not the attacker's own.
func (s *sent) attackedPeople(i int, src []*actorRef) []*actorRef {
	var found *actorRef
	var walk func(k, depth int)
	walk = func(k, depth int) {
		for _, c := range s.kids[k] {
			if found != nil {
				return
			}
			switch s.rel(c) {
			case "obj", "obl", "nmod", "nsubj:pass":
			default:
				continue
			}
			switch s.caseOf(c) {
			case "", "in", "around", "near", "on", "at", "into", "inside", "across", "along":
			default:
				continue
			}
			if pl := s.place[c]; pl != nil && s.actor[c] == nil {
				found = pl
				return
			}
			if depth > 0 && isNounTag(s.upos(c)) {
				walk(c, depth-1)
			}
		}
	}
	walk(i, 1)
	if found == nil {
		return nil
	}
	own := ""
	if len(src) > 0 && src[0] != nil && len(src[0].Code) >= 3 {
		own = src[0].Code[:3]
	}
	people := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(found.Name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if r := regionPeople[w]; r != "" {
			people = r
		}
	}
	if people == "" {
		people = found.Country
	}
	if people == "" || people == own {
		return nil
	}
	return []*actorRef{{Code: people, Span: found.Span, Type: "GPE", Name: found.Name}}
}
