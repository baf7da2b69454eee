package events

// Acts that have not happened yet. "ahead of the planned opposition
// march", "the proposed strike", "an upcoming summit": a nominal act
// that a word of plan or expectation modifies, or that "ahead of" or
// "in advance of" places after the clause's time, is not reported as
// done (dev2 (hU)).

// notYetWords modify a nominal act that is still to come.
var notYetWords = map[string]bool{"planned": true, "proposed": true, "upcoming": true,
	"scheduled": true, "impending": true, "threatened": true, "looming": true,
	"possible": true, "potential": true, "prospective": true, "future": true}

// notYet returns why nominal trigger i is an act still to come, or "".
func (s *sent) notYet(i int, p *pattern) string {
	if !p.Noun {
		return ""
	}
	for _, k := range s.kids[i] {
		if k < i && s.rel(k) == "amod" && notYetWords[s.low(k)] {
			return "an act still to come (" + s.low(k) + ")"
		}
	}
	if s.caseOf(i) == "of" {
		for _, c := range s.kids[i] {
			if s.rel(c) == "case" && s.low(c) == "of" && c > 0 {
				if w := s.low(c - 1); w == "ahead" || w == "advance" {
					return "an act still to come (" + w + " of)"
				}
			}
		}
	}
	return ""
}
