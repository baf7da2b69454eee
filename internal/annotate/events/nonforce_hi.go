package events

// Sports results and natural disasters read like force: "Kenya beat Uganda 2-1", "Fiji crushed
// Samoa in the final". A force verb (CAMEO 18-20) whose clause carries a
// match score ("2-1", "32-17") or a competition noun ("match", "final",
// "cup") among its own dependents reports a game, not an attack, and is
// not coded. Likewise a natural hazard as the agent ("an earthquake
// struck the coast", "floods hit the south, killing 40") is no actor's
// use of force.

var sportsNouns = map[string]bool{"match": true, "final": true, "semi-final": true,
	"semifinal": true, "quarter-final": true, "quarterfinal": true, "game": true,
	"tournament": true, "cup": true, "championship": true, "league": true, "derby": true,
	"fixture": true, "qualifier": true, "friendly": true, "olympics": true, "race": true}

// sportsResult reports whether force pattern p at token i is a game result.
func (s *sent) sportsResult(i int, p *pattern) bool {
	if r := p.Code[:2]; r != "18" && r != "19" && r != "20" {
		return false
	}
	if s.naturalAgent(i) || s.accidentSubject(i) {
		return true
	}
	for _, c := range s.kids[i] {
		if s.scoreAt(c) || sportsNouns[lemma(s.low(c))] && s.rel(c) != "nsubj" && s.rel(c) != "obj" {
			return true
		}
		for _, g := range s.kids[c] {
			if s.scoreAt(g) {
				return true
			}
		}
	}
	return false
}

// scoreAt reports whether token k is a score that is not a count of
// something ("killed 12-15 villagers" gives a range, no score).
func (s *sent) scoreAt(k int) bool {
	return isScore(s.low(k)) && s.rel(k) != "nummod" && s.rel(k) != "amod"
}

// isScore reports whether w is a match score: digits, a hyphen or dash,
// digits ("2-1", "32-17").
func isScore(w string) bool {
	n, seen := 0, false
	for k := 0; k < len(w); k++ {
		switch ch := w[k]; {
		case ch >= '0' && ch <= '9':
			n++
		case (ch == '-') && n > 0 && !seen:
			seen, n = true, 0
		default:
			return false
		}
	}
	return seen && n > 0 && len(w) <= 7
}

// naturalAgent reports whether the subject of token i, or of the clause a
// subjectless participle hangs from ("floods hit ..., killing 40"), is a
// natural hazard.
func (s *sent) naturalAgent(i int) bool {
	for hops := 0; i >= 0 && hops < 3; hops++ {
		for _, c := range s.kids[i] {
			if r := s.rel(c); r == "nsubj" || r == "nsubj:pass" {
				return s.isCause(c)
			}
		}
		if c := s.misreadSubject(i); c >= 0 {
			return s.isCause(c)
		}
		switch s.rel(i) {
		case "advcl", "xcomp", "conj", "acl":
			i = s.head(i)
		default:
			return false
		}
	}
	return false
}
