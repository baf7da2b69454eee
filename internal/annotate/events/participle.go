package events

import "strings"

// A participle after the object of another verb that describes what was
// done to that object before ("released a German aid worker kidnapped five
// years ago", "freed 50 women detained during the unrest") reports the
// object's past, as an attributive participle does ("the kidnapped
// worker"), not a new act: the sentence's act is the verb the object
// belongs to, and the object is the participle's patient, never its
// agent. A participle with an object or agent of its own ("killed 23
// people", "mediated by the UAE") still reports an act, and so does one on
// a noun that heads the sentence ("Three soldiers killed in attack").

// describedObject reports whether trigger i is a past participle in
// "-ed" modifying, with no object or agent of its own, a noun that is the
// object of another verb, or a noun inside that object ("handed over the
// bodies of the crew members killed in the crash").
func (s *sent) describedObject(i int) bool {
	if s.rel(i) != "acl" || !strings.HasSuffix(s.low(i), "ed") {
		return false
	}
	h := s.head(i)
	if h < 0 {
		return false
	}
	if s.rel(h) == "nmod" && s.head(h) >= 0 {
		h = s.head(h) // "the bodies of the crew members killed in the crash"
	}
	if s.rel(h) != "obj" {
		return false
	}
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "obj", "obl:agent", "iobj", "xcomp", "ccomp":
			return false
		}
		if s.caseOf(k) == "by" {
			return false
		}
	}
	return true
}
