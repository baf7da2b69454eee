package events

import "strings"

// clauseSubject resolves a pronoun subject inside a reported or
// dependent clause to the named subject of the clause above it: in
// "Japan said it had halted aid", "it" is Japan, not whoever the previous
// sentence was about. It returns nil when no such subject is named.
func (s *sent) clauseSubject(h int) *actorRef {
	if !pronouns[s.low(h)] {
		return nil
	}
	v := s.head(h)
	for n := 0; n < 4 && v >= 0; n++ {
		switch s.rel(v) {
		case "ccomp":
		case "acl:relcl":
			// "announced Thursday that it has called off": the parser
			// may read the complement as a relative clause of the date
			// (or of "that"); it is still the content of the verb.
			h := s.head(v)
			if h < 0 || !(s.low(h) == "that" || (strings.HasPrefix(s.rel(h), "obl") && s.hasChildWord(v, "that"))) {
				return nil
			}
			v = h
		default:
			return nil
		}
		v = s.head(v)
		if v < 0 {
			return nil
		}
		// A coordinated subject ("the media and the authorities claim
		// that they ...") leaves "they" ambiguous: no guess.
		if k := s.child(v, "nsubj"); k >= 0 && k != h && !pronouns[s.low(k)] && s.child(k, "conj") < 0 {
			if a := s.actorAt(k, 2); a != nil && a.Code != "" {
				return a
			}
			if isNounTag(s.upos(k)) {
				// A named agent the actor layer cannot code: the act is
				// still its own, with a null source.
				return &actorRef{Span: s.span(k)}
			}
		}
	}
	return nil
}

// hasChildWord reports whether token i has a child spelled w.
func (s *sent) hasChildWord(i int, w string) bool {
	for _, k := range s.kids[i] {
		if s.low(k) == w {
			return true
		}
	}
	return false
}
