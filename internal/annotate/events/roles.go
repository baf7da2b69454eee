package events

import "strings"

// Who did it and to whom: the grammatical roles around a trigger.

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true}
var relatives = map[string]bool{"that": true, "which": true, "who": true}

// supportVerbs carry a nominal trigger: "held talks", "imposed a blockade".
var supportVerbs = map[string]bool{"hold": true, "impose": true, "launch": true, "conduct": true,
	"carry": true, "stage": true, "make": true, "have": true, "mount": true, "begin": true,
	"start": true, "continue": true, "maintain": true, "issue": true, "announce": true, "wage": true,
	"undertake": true, "sign": true, "host": true, "lead": true, "enforce": true, "keep": true,
	"express": true, "voice": true, "reiterate": true, "renew": true, "signal": true, "indicate": true,
	"show": true, "lodge": true, "file": true, "give": true, "offer": true, "extend": true, "reach": true,
	"go": true, "call": true, "open": true, "initiate": true, "complete": true,
	"organize": true, "organise": true, "reimpose": true, "declare": true}

// avowVerbs carry a nominal intent or appeal ("confirmed their
// commitment", "reaffirmed its readiness") but not an act: "confirmed the
// attack" reports someone else's.
func avows(w string) bool {
	return strings.HasPrefix(w, "confirm") || strings.HasPrefix(w, "reaffirm")
}

// sources returns the heads of the agent phrase of trigger i.
func (c *coder) sources(s *sent, i int, p *pattern) []int {
	if p.Noun {
		for _, k := range s.kids[i] {
			r := s.rel(k)
			if r == "nmod:poss" || r == "compound" || r == "amod" || (r == "nmod" && s.caseOf(k) == "by") {
				if s.actorAt(k, 1) != nil {
					return s.conjuncts(k)
				}
			}
		}
		// "negotiations between X and Y": X is the source, Y the target;
		// also when the parser hangs the pair from the act's "of"
		// complement ("an exchange of fire between X and Y").
		if k := s.betweenPair(i); k >= 0 {
			return []int{k}
		}
		for _, o := range s.kids[i] {
			if s.rel(o) == "nmod" && s.caseOf(o) == "of" && s.actor[o] == nil {
				if k := s.betweenPair(o); k >= 0 {
					return []int{k}
				}
			}
		}
		// "X imposed a blockade", "the meeting was held by X", "X
		// carried out a series of attacks".
		if j := s.countedHead(i); s.head(j) >= 0 && (s.rel(j) == "obj" || s.rel(j) == "nsubj:pass") && supportVerbs[lemma(s.low(s.head(j)))] {
			return c.verbSubject(s, s.head(j), 0)
		}
		if h := s.head(i); h >= 0 && (s.rel(i) == "obj" || s.rel(i) == "nsubj:pass") && (supportVerbs[lemma(s.low(h))] || (p.Frame != "" && avows(s.low(h)))) {
			return c.verbSubject(s, h, 0)
		}
		if k := s.copularSubject(i); k >= 0 { // rules_hy.go
			return s.conjuncts(k)
		}
		return c.moreNounSources(s, i) // noun_source.go
	}
	if k := s.refugeGranter(i, p); k >= 0 { // rules_hv.go
		return []int{k}
	}
	return c.verbSubject(s, i, 0)
}

// targets returns the heads of the patient phrase of trigger i, skipping
// the given source heads.
func (c *coder) targets(s *sent, i int, p *pattern, src []int) []int {
	skip := func(k int) bool {
		for _, x := range src {
			if x == k {
				return true
			}
		}
		return false
	}
	if len(src) == 1 && p.Noun && (s.rel(src[0]) == "nmod" || s.rel(src[0]) == "obl") && s.caseOf(src[0]) == "between" {
		return s.betweenOthers(src[0])
	}
	var cands []int
	add := func(k int) {
		// The thing given or moved ("sent troops to Mali") is the
		// pattern's object, not its target, even when it is a role noun.
		if len(p.Obj) > 0 && s.actor[k] != nil && s.actor[k].Type == "ROLE" && len(s.actor[k].Code) == 3 && s.lemmaIn(k, p.Obj) {
			return
		}
		if !skip(k) {
			cands = append(cands, k)
		}
	}
	if p.Noun {
		for _, k := range s.kidsCounted(i) {
			if s.rel(k) == "nmod" || s.rel(k) == "obl" {
				switch s.caseOf(k) {
				case "of", "on", "against", "with", "to", "between", "into", "toward", "towards", "over", "for", "from", "about":
					add(k)
				}
			}
		}
		if h := s.head(s.countedHead(i)); h >= 0 && s.rel(s.countedHead(i)) == "obj" && supportVerbs[lemma(s.low(h))] {
			for _, k := range s.kids[h] {
				if s.rel(k) == "obl" || s.rel(k) == "iobj" {
					if cs := s.caseOf(k); cs != "by" && cs != "in" && cs != "at" {
						add(k)
					}
				}
			}
		}
	} else {
		objs := []string{"nsubj:pass", "obj", "iobj"}
		if p.Say && p.Lemma == "say" {
			// "said civilians had died": what is said, not to whom.
			objs = objs[2:]
		}
		for _, r := range objs {
			for _, k := range s.kids[i] {
				if s.rel(k) == r {
					add(k)
				}
			}
		}
		for _, k := range s.kids[i] {
			if s.rel(k) == "obl" && !timeWords[s.low(k)] && !(p.Say && k < i) {
				// "compared with the needs of the population, aid
				// officials said": what precedes a report verb is what
				// is reported; its addressee follows it.
				//
				// "said on Saturday, out of a population ...": a
				// date is a setting, whatever hangs from it.
				switch s.caseOf(k) {
				case "at":
					// "lashed out at", "hit out at": the phrasal verb
					// aims at its "at" complement, elsewhere a setting.
					if p.Particle == "out" || p.Particle == "at" {
						add(k)
					}
				case "by", "in", "during", "since", "after", "before", "until", "despite", "like", "as":
				default:
					add(k)
				}
			}
		}
	}
	// The actor may sit one level down: "aid delivery to the Armenians",
	// "the release of Iranian prisoners".
	var out []int
	for _, k := range cands {
		if s.actor[k] == nil && s.isPair(k) && len(c.pair()) == 2 {
			return []int{k}
		}
		if s.actorAt(k, 2) != nil {
			return s.conjuncts(k)
		}
		for _, g := range s.kids[k] {
			if r := s.rel(g); r == "nmod" || r == "acl" {
				// "a meeting at the request of Armenia": a setting, not
				// the patient.
				// "rejected a request by Azerbaijan": the author of
				// the act reacted to is the target.
				// "quelled a riot by students": the authors of an act
				// that is repressed are its target too.
				if cs := s.caseOf(g); (cs == "at" && p.Particle != "at" && p.Code[:2] != "19") || cs == "in" || (cs == "by" && !reactionRoots[p.Code[:2]] && p.Code[:2] != "17") || backgroundCases[cs] || topicCases[cs] {
					continue
				}
				if s.actorAt(g, 1) != nil {
					out = s.conjuncts(g)
				}
			}
		}
		if out != nil {
			return out
		}
	}
	return nil
}

// objectPlace returns a place mention that is the object of the trigger
// ("closed the Lachin corridor"), or nil.
func (s *sent) objectPlace(i int) *actorRef {
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "obj", "nsubj:pass", "nmod", "obl":
			if p := s.place[k]; p != nil && s.actor[k] == nil {
				return p
			}
		}
	}
	return nil
}

// locationOf returns the place phrase attached to trigger i: "in Gaza",
// "at the Lachin checkpoint", or the blockaded place itself.
func (s *sent) locationOf(i int) string {
	for _, k := range s.kids[i] {
		if r := s.rel(k); r == "obl" || r == "nmod" {
			if cs := s.caseOf(k); cs == "in" || cs == "at" || cs == "near" {
				if cs == "at" && s.child(i, "compound:prt") >= 0 {
					continue // "lashed out at Saudi Arabia": the target
				}
				if p := s.place[k]; p != nil {
					return p.Name
				}
			}
		}
	}
	// "launched an operation in Gaza", "shelled positions around
	// Kramatorsk": the place hangs on the act's object.
	if o := s.child(i, "obj"); o >= 0 {
		for _, k := range s.kids[o] {
			if s.rel(k) != "nmod" {
				continue
			}
			switch s.caseOf(k) {
			case "in", "at", "near", "around", "outside", "inside":
				if p := s.place[k]; p != nil {
					return p.Name
				}
			}
		}
	}
	if p := s.objectPlace(i); p != nil {
		return p.Name
	}
	return s.sentencePlace()
}

// sentencePlace is the fallback location: the first locative place phrase
// of the sentence attached to a clause, not to a noun ("... clashed on
// Monday near Stepanakert, officials said"); "talks in Brussels" places the
// talks only.
func (s *sent) sentencePlace() string {
	for k := range s.toks {
		if p := s.place[k]; p != nil && s.rel(k) == "obl" {
			switch s.caseOf(k) {
			case "in", "near", "along", "outside", "inside":
				return p.Name
			case "at":
				if s.actor[k] == nil { // "lashed out at Saudi Arabia" is a target
					return p.Name
				}
			}
		}
	}
	return ""
}

// betweenPair returns the "between X and Y" child of noun i, or -1.
func (s *sent) betweenPair(i int) int {
	for _, k := range s.kids[i] {
		if s.rel(k) == "nmod" && s.caseOf(k) == "between" && len(s.betweenOthers(k)) > 0 {
			return k
		}
	}
	return -1
}

// betweenOthers returns the parties after the first one in "between X
// and Y" headed by k: k's conjuncts, or, when the parser hung Y on a noun
// above X ("an exchange of fire between troops and police", police/conj
// -> exchange), the actor conjunct right after k on one of k's two
// nearest ancestors.
func (s *sent) betweenOthers(k int) []int {
	var out []int
	cut := s.clauseCut(k)
	for _, c := range s.kids[k] {
		if s.rel(c) == "conj" && (cut < 0 || c < cut) {
			out = append(out, c)
		}
	}
	if len(out) > 0 {
		return out
	}
	for h, n := s.head(k), 0; h >= 0 && n < 2; h, n = s.head(h), n+1 {
		for _, c := range s.kids[h] {
			if c > k && s.rel(c) == "conj" && s.actorAt(c, 2) != nil {
				if cc := s.child(c, "cc"); cc >= 0 && s.low(cc) == "and" && !s.crossesClause(k, cc) {
					return []int{c}
				}
			}
		}
	}
	return nil
}
