package events

// Acts a sentence reports without asserting them. An act in the
// complement of an allegation ("alleged that the army helped carry out
// killings", "claimed that the rebels had shelled the town") is what
// someone says happened, not a fact the reporter tells: the allegation is
// coded, the act is not. The same holds for the charge a court or police
// act names ("jailed a student for helping militants"), for a participle
// that describes an act already folded into another ("claimed the attack
// targeting shoppers"), and for deaths a passive ascribes to an accident
// or a natural hazard ("victims killed by the crash"), which CAMEO does
// not code as anyone's act. Plain report verbs ("X said Y attacked Z")
// are not allegations: their content is coded, with the reporter.

// allegeForms are the forms of the verbs that put their complement in
// someone's mouth as a claim.
var allegeForms = formSet("allege", "claim", "contend", "purport")

// chargeRoots are the acts whose "for V-ing" adjunct names a charge:
// accusations (11), sanctions (16) and legal coercion (17).
var chargeRoots = map[string]bool{"11": true, "16": true, "17": true}

// unasserted returns why trigger i reports no act of its own under the
// rules above, or "".
func (s *sent) unasserted(i int, p *pattern, hits map[int]*pattern) string {
	if h := s.allegedBy(i); h >= 0 && (claimFolds(p) || !hostileOnly(s.low(h))) {
		return "alleged, not asserted (" + s.toks[h].Text + ")"
	}
	if !p.Noun {
		if h := s.chargeOf(i, hits); h >= 0 {
			return "the charge of " + hits[h].ID
		}
		if s.describesContent(i, hits) {
			return "a participle describing an act folded elsewhere"
		}
		if s.accidentAgent(i) {
			return "an agent that is an accident or hazard"
		}
	}
	return ""
}

// hostileOnly reports whether w is a form of a claim verb whose
// complement is a claim only when it is hostile ("claim"), as opposed to
// "allege", which always makes its complement an allegation.
func hostileOnly(w string) bool { return lemma(w) == "claim" }

// allegedBy returns the allegation verb whose complement contains trigger
// i ("alleged that X was aware ..., and that X helped carry out killings"),
// or -1. The walk climbs complements, objects and coordinated that-clauses.
func (s *sent) allegedBy(i int) int {
	k := i
	for n := 0; n < 6; n++ {
		h := s.head(k)
		if h < 0 {
			return -1
		}
		switch s.rel(k) {
		case "ccomp", "xcomp", "obj", "nmod":
		case "conj":
			// only a coordinated clause or phrase under a complement
		default:
			return -1
		}
		if s.rel(k) == "ccomp" && allegeForms[s.low(h)] && isVerbTag(s.upos(h)) {
			return h
		}
		k = h
	}
	return -1
}

// chargeOf returns the legal or punitive act whose "for V-ing" adjunct
// verb i is ("jailed a student for two years for helping militants"), or
// -1. The adjunct may hang from a noun of that act ("years").
func (s *sent) chargeOf(i int, hits map[int]*pattern) int {
	m := s.child(i, "mark")
	if m < 0 || s.low(m) != "for" || s.child(i, "nsubj") >= 0 {
		return -1
	}
	h := s.head(i)
	for n := 0; n < 3 && h >= 0; n, h = n+1, s.head(h) {
		if p := hits[h]; p != nil && !p.Noun {
			if chargeRoots[p.Code[:2]] {
				return h
			}
			return -1
		}
		if isVerbTag(s.upos(h)) {
			return -1
		}
	}
	return -1
}

// describesContent reports whether verb i is a bare "-ing" participle
// right after a nominal act that is the content of another trigger ("is
// claiming responsibility for an attack targeting shoppers", the
// participle misread as an adverbial of the main verb): it describes
// that act, which is not coded on its own.
func (s *sent) describesContent(i int, hits map[int]*pattern) bool {
	if i == 0 || len(s.low(i)) < 5 || s.low(i)[len(s.low(i))-3:] != "ing" {
		return false
	}
	if s.child(i, "nsubj") >= 0 || s.child(i, "mark") >= 0 || s.child(i, "aux") >= 0 {
		return false
	}
	if r := s.rel(i); r != "advcl" && r != "acl" && r != "xcomp" && r != "conj" {
		return false
	}
	n := i - 1
	if hits[n] == nil || !isNounTag(s.upos(n)) {
		return false
	}
	return s.contentNoun(n, hits) >= 0
}

// accidentAgent reports whether verb i has a by-agent phrase that names
// an accident or a natural hazard ("victims killed by the flight's
// crash", "houses destroyed by the storm").
func (s *sent) accidentAgent(i int) bool {
	for _, k := range s.kids[i] {
		if r := s.rel(k); r != "obl:agent" && !(r == "obl" && s.caseOf(k) == "by") {
			continue
		}
		if s.actorAt(k, 2) != nil && s.actorAt(k, 2).Code != "" {
			return false
		}
		if s.isCause(k) {
			return true
		}
		for _, g := range s.kids[k] {
			switch s.rel(g) {
			case "compound", "acl", "acl:relcl", "amod":
				if s.isCause(g) {
					return true
				}
			}
		}
	}
	return false
}

// anonymousAgent returns the by-agent of a verb that has no subject of
// its own when that agent names no actor ("victims killed by the blast",
// a participle the parser made a complement of another verb), or -1.
// Such a verb has named its agent: it must not borrow the subject of the
// clause above it ("Interpol will send a team to identify victims killed
// by the crash" is no killing by Interpol).
func (s *sent) anonymousAgent(i int) int {
	if s.child(i, "nsubj", "nsubj:pass", "csubj") >= 0 {
		return -1
	}
	if k := s.child(i, "obl:agent"); k >= 0 && s.actorAt(k, 2) == nil {
		return k
	}
	return -1
}

// accused returns, for an accusation verb with no object ("alleged that
// France was aware of the plans"), the subject of its that-clause when it
// names an actor: the one accused. Otherwise nil.
func (s *sent) accused(i int, p *pattern) []int {
	if p.Noun || p.Code[:2] != "11" {
		return nil
	}
	for _, k := range s.kids[i] {
		if s.rel(k) != "ccomp" {
			continue
		}
		if n := s.child(k, "nsubj", "nsubj:pass"); n >= 0 && s.actorAt(n, 2) != nil {
			return s.conjuncts(n)
		}
	}
	return nil
}
