package events

// An accident or a failing structure as the agent of a killing is no
// actor's use of force: "the collapse of a building that killed 11
// people", "a bridge that collapsed and killed five", "the crash killed
// all 40 passengers". The subject may be a relative pronoun standing for
// the noun the clause hangs from.

var failingStructures = map[string]bool{"collapse": true, "building": true, "bridge": true,
	"structure": true, "roof": true, "wall": true, "dam": true, "mine": true, "tower": true}

// accidentSubject reports whether the subject of force trigger i is an
// accident or natural hazard (causes.go) or a failing structure.
func (s *sent) accidentSubject(i int) bool {
	for _, c := range s.kids[i] {
		if r := s.rel(c); r != "nsubj" {
			continue
		}
		if l := s.low(c); (l == "that" || l == "which") && s.rel(i) == "acl:relcl" {
			c = s.head(i)
		}
		if c < 0 {
			return false
		}
		return s.actor[c] == nil && (s.isCause(c) || failingStructures[lemma(s.low(c))] || failingStructures[s.low(c)])
	}
	return false
}
