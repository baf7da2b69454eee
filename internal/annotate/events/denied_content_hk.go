package events

// A denial's object noun may carry the denied act as its content clause:
// "denied reports that its troops had opened fire", "dismissed claims
// that Belgrade had helped plan the ambush". The parser hangs the clause
// from the noun (acl, often mislabelled acl:relcl); with "that" as a
// subordinating marker, not the clause's subject or object, it states
// what the reports say, so the act is denied, not asserted (deniedBy).

// contentOfNoun reports whether clause k, hanging from a noun, is that
// noun's content clause opened by the conjunction "that" ("reports that
// troops fired"), not a relative clause ("the attack that killed ten").
func (s *sent) contentOfNoun(k int) bool {
	h := s.head(k)
	if h < 0 || !isNounTag(s.upos(h)) {
		return false
	}
	for _, c := range s.kids[k] {
		if c > k {
			break
		}
		if s.low(c) == "that" && s.rel(c) == "mark" {
			return s.child(k, "nsubj") >= 0 || s.child(k, "nsubj:pass") >= 0
		}
	}
	return false
}
