package events

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
		}
	}
	return nil
}
