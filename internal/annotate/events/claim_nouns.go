package events

// Nominal statements with a content clause: "Peru and Chile's claims that
// they are close to peace", "Kenya's assertion that it is near a deal with
// Uganda". The owner of the claim makes a statement (01) about the
// parties its content names: the other party named in the clause, or,
// when a pair says "they" or "we", each member about the other. An
// optimistic content (close to peace, near a deal) is an optimistic
// comment (013).

// claimNouns are the statement nouns that take a "that" clause.
var claimNouns = map[string]bool{"claim": true, "assertion": true, "statement": true,
	"remark": true, "insistence": true, "assurance": true}

// nearWords open an optimistic prediction: "close to peace".
var nearWords = map[string]bool{"close": true, "near": true, "closer": true, "nearer": true}

// hopeObjects are what a party may be close to.
var hopeObjects = map[string]bool{"peace": true, "deal": true, "agreement": true, "accord": true,
	"settlement": true, "treaty": true, "breakthrough": true}

// claimClause returns the content clause of statement noun i, or -1.
func (s *sent) claimClause(i int) int {
	if !claimNouns[lemma(s.low(i))] || !isNounTag(s.upos(i)) {
		return -1
	}
	for _, k := range s.kids[i] {
		if r := s.rel(k); (r == "acl" || r == "ccomp" || r == "amod") && k > i {
			if m := s.child(k, "mark"); m >= 0 && s.low(m) == "that" {
				return k
			}
		}
	}
	return -1
}

// claimCode makes a claim of nearness to peace an optimistic comment.
func (s *sent) claimCode(i int, code string) string {
	k := s.claimClause(i)
	if k < 0 || code != "010" {
		return code
	}
	if nearWords[s.low(k)] {
		for _, g := range s.kids[k] {
			if s.rel(g) == "obl" && s.caseOf(g) == "to" && hopeObjects[lemma(s.low(g))] {
				return "013"
			}
		}
	}
	return code
}

// claimTargets returns whom a claim is about: a pair's claim about "they"
// is each member's about the other; else the actor its clause names.
func (c *coder) claimTargets(s *sent, i int, src []*actorRef) []*actorRef {
	k := s.claimClause(i)
	if k < 0 {
		return nil
	}
	if n := s.child(k, "nsubj"); n >= 0 && (s.low(n) == "they" || s.low(n) == "we") {
		var pair []*actorRef
		for _, a := range src {
			if a != nil && a.Code != "" && !hasCode(pair, a.Code) {
				pair = append(pair, a)
			}
		}
		if len(pair) == 2 {
			return pair
		}
	}
	for g := range s.toks {
		if a := s.actor[g]; a != nil && a.Code != "" && s.within(g, k) && !hasCode(src, a.Code) {
			return []*actorRef{a}
		}
	}
	return nil
}

// coordinatedOwner repairs "Lima and Santiago officials' claims", where
// the parser hangs the first owner elsewhere: an actor word joined by
// "and" right before the owner phrase of a nominal trigger is an owner
// too.
func (s *sent) coordinatedOwner(i int, src []int) []int {
	if len(src) != 1 || s.head(src[0]) != i {
		return src
	}
	if r := s.rel(src[0]); r != "nmod:poss" && r != "compound" {
		return src
	}
	o := src[0]
	left := o
	for _, k := range s.kids[o] {
		if k < left && s.rel(k) != "punct" {
			left = k
		}
	}
	// The owner's mention may begin before its subtree ("Yerevan
	// officials" with "Yerevan" hung on the first owner).
	for left > 0 && s.actor[o] != nil && s.actor[left-1] == s.actor[o] {
		left--
	}
	a := left - 2
	if a < 0 || s.low(left-1) != "and" || s.actor[a] == nil || s.actor[a].Code == "" || s.within(a, o) {
		return src
	}
	if b := s.actorAt(o, 2); b == nil || b.Code == s.actor[a].Code {
		return src
	}
	return []int{a, o}
}

// topicCases mark what a phrase is about, not whom an act is aimed at:
// in "claims against the countries of the region, and especially
// regarding Armenia", Armenia modifies no patient.
var topicCases = map[string]bool{"regarding": true, "concerning": true}
