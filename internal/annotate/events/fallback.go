package events

// Agents when the parser fails. A misparse often leaves a verb with no
// subject at all: "Palestinian police in Jericho confiscated weapons" read
// with "police" as an apposition of an earlier phrase, "The United Nations
// on Tuesday reduced supplies" with "reduced" as a complement of the
// reporting verb. The actor named just before the verb, in the same
// clause, is then its agent in nearly every such sentence.

// precedingActor returns the last token of the nearest actor mention
// before trigger i in i's clause, or -1. It is used only for a verb with
// no subject of its own (nsubj, nsubj:pass) that does not inherit one
// (xcomp), and it stops at anything that opens another clause: a verb, a
// subordinator, a relative pronoun, a semicolon or colon.
func (s *sent) precedingActor(i int) int {
	if !isVerbTag(s.upos(i)) || s.upos(i) == "ADJ" {
		return -1
	}
	if s.child(i, "nsubj") >= 0 || s.child(i, "nsubj:pass") >= 0 || s.child(i, "csubj") >= 0 {
		return -1
	}
	switch s.rel(i) {
	case "xcomp", "amod", "acl", "acl:relcl", "advcl", "conj":
		return -1
	}
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		if s.actor[k] != nil {
			if s.rel(k) == "obj" || s.rel(k) == "iobj" {
				return -1
			}
			return k
		}
		switch s.upos(k) {
		case "VERB", "SCONJ":
			return -1
		case "PUNCT":
			if l := s.low(k); l == ";" || l == ":" || l == "\"" || l == "“" || l == "”" {
				return -1
			}
		case "PRON":
			if l := s.low(k); l == "who" || l == "which" || l == "that" {
				return -1
			}
		}
	}
	return -1
}

// followingActor returns the nearest actor mention after verbal trigger
// i that lies in i's own phrase (its subtree) before any comma, verb or
// subordinator, or -1: the patient of an act whose object the parser hung
// deeper than the coder looks ("cut supplies to the camp in Thailand").
// The source heads are skipped.
func (s *sent) followingActor(i int, src []int) int {
	if !isVerbTag(s.upos(i)) || s.upos(i) == "ADJ" {
		return -1
	}
	// Only where the parser gave the verb no complement at all: a verb
	// with an object or oblique of its own has its patient there.
	if s.child(i, "obj", "obl", "iobj", "nsubj:pass") >= 0 {
		return -1
	}
next:
	for k := i + 1; k < len(s.toks) && k-i <= 10; k++ {
		switch s.upos(k) {
		case "VERB", "SCONJ", "AUX":
			return -1
		case "PUNCT":
			return -1
		}
		if s.actor[k] == nil {
			continue
		}
		for _, x := range src {
			if x == k || s.actor[x] == s.actor[k] || s.inPhrase(k, x) {
				// An actor inside the agent phrase ("hosted by the
				// President of the European Council") is the agent's.
				continue next
			}
		}
		if s.within(k, i) {
			return k
		}
		return -1
	}
	return -1
}

// inPhrase reports whether word k lies in the phrase headed by h.
func (s *sent) inPhrase(k, h int) bool {
	for n := 0; k >= 0 && n < len(s.toks); k, n = s.head(k), n+1 {
		if k == h {
			return true
		}
	}
	return false
}
