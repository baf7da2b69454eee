package events

// A statement refused. "The ministry would not say whether troops had
// crossed the border": a speaker who will not say is declining comment
// (CAMEO 011), as one who "would not comment" is (no_comment.go). Only
// "would not" and "will not" refuse; "did not say how many" reports what
// a statement left out, not a refusal.

// refusingModals are the auxiliaries of a refusal to speak.
var refusingModals = map[string]bool{"would": true, "will": true, "wo": true}

// wouldNotSay returns the pattern that codes a refused "say" at i as 011,
// or nil.
func (s *sent) wouldNotSay(i int, p *pattern, neg bool) *pattern {
	if !neg || p.Noun || p.Lemma != "say" || !p.Say || !s.negated(i) {
		return nil
	}
	refused := false
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "aux":
			refused = refused || refusingModals[s.low(k)]
		case "mark":
			if l := s.low(k); l == "if" || l == "unless" {
				return nil
			}
		}
	}
	if !refused {
		return nil
	}
	d := *p
	d.Code, d.Say, d.NoTarget = "011", false, true
	return &d
}
