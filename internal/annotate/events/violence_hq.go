package events

// hQ: who does what in three constructions of hostile acts (CAMEO 12, 18,
// 19) whose agent is not the subject of the trigger, warnings that
// threaten nothing, and forcing out as expulsion.

// fightNouns name a fight between two sides: "fighting between the army
// and the rebels" has both sides as its agents.
var fightNouns = map[string]bool{"fighting": true, "clash": true, "clashes": true, "battle": true,
	"battles": true, "skirmish": true, "skirmishes": true, "hostilities": true, "gunbattle": true,
	"gunbattles": true, "firefight": true, "firefights": true}

// victimVerbs take the patient of an attack as their subject: "the mayor
// survived an assassination attempt".
var victimVerbs = map[string]bool{"survive": true, "survived": true, "survives": true, "surviving": true,
	"escape": true, "escaped": true, "escapes": true, "escaping": true}

// mannerNouns report an act done against a rule or demand: "launched a
// satellite in defiance of the resolutions".
var mannerNouns = map[string]bool{"defiance": true}

// hqAgent finds the agent (and, for a fight, the other side) of trigger i
// in three constructions: a fight "between A and B" reported as a fact
// (A against B, whoever the clause's subject is), an attack survived by
// the clause's subject (partial mode: a null agent, the subject as
// patient), and an act "in defiance of" something whose agent is the
// subject of the clause the phrase modifies. It returns src, srcActors
// and recipient unchanged when none applies.
func (c *coder) hqAgent(s *sent, i int, p *pattern, src []int, srcActors []*actorRef, recipient int) ([]int, []*actorRef, int) {
	if x, y := s.fightBetween(i); x >= 0 {
		if a := c.resolve(s, []int{x}); len(a) > 0 {
			return []int{x}, a, y
		}
	}
	if !p.Noun {
		return src, srcActors, recipient
	}
	if v := s.victimSubject(i); v >= 0 && recipient < 0 {
		if len(srcActors) > 0 {
			return src, srcActors, v
		}
		if c.nullTargets {
			return nil, []*actorRef{{}}, v
		}
	}
	if len(srcActors) > 0 {
		return src, srcActors, recipient
	}
	if mannerNouns[s.low(i)] && s.caseOf(i) == "in" {
		h := s.head(i)
		for n := 0; h >= 0 && n < 3 && !isVerbTag(s.upos(h)); n++ {
			h = s.head(h)
		}
		if h >= 0 && s.upos(h) == "VERB" {
			if q, _ := c.match(s, h); q == nil {
				// The defiance of an act already coded is that
				// act's manner, not a second event.
				if k := c.verbSubject(s, h, 0); len(k) > 0 {
					if a := c.resolve(s, k); len(a) > 0 {
						return k, a, recipient
					}
				}
			}
		}
	}
	return src, srcActors, recipient
}

// fightBetween returns the two sides of a fight noun at i followed by
// "between A and B" (B -1 when only one side is an actor), or -1, -1. The
// fight must be reported as a fact, as the subject of its clause or the
// clause itself ("Fighting between X and Y spread", "Clashes broke out
// between ..."); a fight named as a cause or circumstance ("because of
// fighting between", "an end to the clashes between") is left alone.
func (s *sent) fightBetween(i int) (int, int) {
	if !fightNouns[s.low(i)] {
		return -1, -1
	}
	switch s.rel(i) {
	case "nsubj", "root":
	default:
		return -1, -1
	}
	if s.caseOf(i) != "" || s.child(i, "mark") >= 0 {
		return -1, -1
	}
	b := -1
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.low(k) == "between" && s.rel(k) == "case" {
			b = k
			break
		}
	}
	if b < 0 {
		return -1, -1
	}
	x := s.head(b)
	if x < 0 {
		return -1, -1
	}
	// the between-phrase hangs from the fight or from the clause the
	// fight is the subject of ("fighting erupted between ...")
	if hx := s.head(x); hx != i && hx != s.head(i) && s.head(hx) != i && s.head(hx) != s.head(i) {
		return -1, -1
	}
	y := s.child(x, "conj")
	return x, y
}

// victimSubject returns the subject of a victim verb whose object is the
// attack at i ("the minister survived an assassination attempt"), or -1.
func (s *sent) victimSubject(i int) int {
	h := s.head(i)
	if h < 0 || s.rel(i) != "obj" || !victimVerbs[s.low(h)] {
		return -1
	}
	return s.child(h, "nsubj")
}

// hqRefine adjusts the code of trigger i: a warning whose content is a
// plain statement of how things stand is a pessimistic
// comment (012), not a threat: "the envoy warned that the peace deal was
// close to collapse" (warnedState); forcing someone out of a country
// expels them (forcedOut).
func (c *coder) hqRefine(s *sent, i int, p *pattern, code string, innerAt int) string {
	if code == "130" && p.Frame == "13" && innerAt < 0 && s.warnedState(i) {
		return "012"
	}
	if (code == "170" || code == "201") && !p.Noun {
		if e := c.forcedOut(s, i); e != "" {
			return e
		}
	}
	return code
}

// forcedOut codes "forced the UN agency out of the country" as the
// expulsion of what was forced out: the code of the first "expel" line
// whose object condition the direct object meets (an aid agency 1663,
// peacekeepers 1661, a population 201, journalists 174). An object no
// such line names ("forced the rebels out of the town") keeps its code.
func (c *coder) forcedOut(s *sent, i int) string {
	if lemma(s.low(i)) != "force" {
		return ""
	}
	o := s.child(i, "obj")
	if o < 0 {
		return ""
	}
	out := false
	// "forced the UN agency, UNHCR, out of": the particle follows the
	// object (and its apposition) before any other verb, wherever the
	// parser hung it.
	for k := o + 1; k < len(s.toks) && k <= o+6; k++ {
		if s.low(k) == "out" {
			out = true
			break
		}
		if u := s.upos(k); u == "VERB" || u == "AUX" {
			break
		}
	}
	if !out {
		return ""
	}
	for _, q := range c.t.byForm["expel"] {
		if q.Noun || len(q.Obj) == 0 || q.Particle != "" {
			continue
		}
		if s.objectIs(i, q.Obj, false) {
			return q.Code
		}
	}
	return ""
}

// warnedState reports whether "warn" at i has a content clause that
// states a present or past state of affairs, with no addressee: no
// modal ("will", "could"), no condition and no negated future, so the
// speaker announces no act of its own.
func (s *sent) warnedState(i int) bool {
	if lemma(s.low(i)) != "warn" || s.child(i, "obj", "iobj") >= 0 {
		return false
	}
	k := s.child(i, "ccomp")
	if k < 0 {
		return false
	}
	for _, a := range s.kids[k] {
		switch s.rel(a) {
		case "aux":
			if modals[s.low(a)] {
				return false
			}
		case "mark":
			if l := s.low(a); l == "if" || l == "unless" {
				return false
			}
		case "advcl":
			if s.conditional(a) {
				return false
			}
		}
	}
	return true
}
