package events

import "strings"

// Options under consideration. "Brazil is considering sending troops to
// Haiti", "the cabinet weighed imposing sanctions": an act that an agent
// is considering is not done, but the consideration is itself an event,
// CAMEO 014 (consider policy option), whatever the act.

// considerVerbs take the option considered as an -ing complement.
var considerVerbs = map[string]bool{"consider": true, "weigh": true, "mull": true,
	"contemplate": true, "debate": true}

// considered reports whether act i is the -ing complement of a verb of
// considering that is itself asserted.
func (s *sent) considered(i int) bool {
	h := s.head(i)
	if h < 0 || s.rel(i) != "xcomp" || !strings.HasSuffix(s.low(i), "ing") || !isVerbTag(s.upos(h)) {
		return false
	}
	if !considerVerbs[lemma(s.low(h))] && !considerVerbs[s.low(h)] && !considerVerbs[strings.TrimSuffix(s.low(h), "ing")] && !considerVerbs[strings.TrimSuffix(s.low(h), "ed")] {
		return false
	}
	neg, hyp := s.modality(h)
	return !neg && !hyp
}

// Readiness in the passive. "It was prepared to make concessions", "the
// government is determined to hold talks": the participle describes its
// subject's readiness, so the passive subject is the agent of the act it
// is ready for, as the subject of "ready" or "willing" is.
var readyParticiples = map[string]bool{"prepared": true, "determined": true, "committed": true, "resolved": true}

// readyPassive reports whether verb i is a participle of readiness with
// an infinitive complement.
func (s *sent) readyPassive(i int) bool {
	if !readyParticiples[s.low(i)] {
		return false
	}
	x := s.child(i, "xcomp")
	return x >= 0 && s.child(x, "mark") >= 0
}
