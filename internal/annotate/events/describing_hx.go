package events

import "strings"

// Words that describe rather than report (hX): wire copy names people
// and places by what they do or where they are, and those words are no
// new events.
//
//   - "while in police custody", "died in detention": being held is a
//     state, not an arrest ("taken into custody" still is one);
//   - "Jordan's visiting King": a participle after a possessor is an
//     attributive modifier however the parser hangs it;
//   - "to disperse demonstrators protesting election results": an -ing
//     form right after a verb's object says what the object is doing,
//     unless the verb is one of perceiving or keeping ("saw soldiers
//     shooting"), where the -ing form reports the act itself.

var heldStates = map[string]bool{"custody": true, "detention": true, "captivity": true}

var perceiveVerbs = map[string]bool{"see": true, "watch": true, "hear": true, "film": true, "witness": true,
	"catch": true, "find": true, "leave": true, "keep": true, "show": true, "photograph": true, "record": true,
	"spot": true, "observe": true, "notice": true, "report": true}

// describing returns why trigger i describes a participant, or "".
func (s *sent) describing(i int, p *pattern, hits map[int]*pattern) string {
	if p.Noun {
		if heldStates[s.low(i)] && s.caseOf(i) == "in" {
			return "a state (in " + s.low(i) + ")"
		}
		return ""
	}
	if !strings.HasSuffix(s.low(i), "ing") {
		return ""
	}
	if sb := s.child(i, "nsubj"); sb >= 0 && sb < i {
		for _, c := range s.kids[sb] {
			if s.rel(c) == "case" && (s.low(c) == "'s" || s.low(c) == "’s") {
				return "a participle after a possessor"
			}
		}
	}
	if s.rel(i) == "xcomp" && s.child(i, "nsubj") < 0 && s.child(i, "mark") < 0 {
		h := s.head(i)
		if h < 0 || perceiveVerbs[lemma(s.low(h))] {
			return ""
		}
		o := s.child(h, "obj")
		if o >= 0 && o < i && isNounTag(s.upos(o)) && s.lastOf(o) == i-1 && s.actOutside(i, hits) {
			return "a participle describing the object"
		}
	}
	return ""
}

// lastOf returns the last token of the phrase headed by i.
func (s *sent) lastOf(i int) int {
	last := i
	for n := 0; n < len(s.toks); n++ {
		ks := s.kids[last]
		if len(ks) == 0 || ks[len(ks)-1] < last {
			return last
		}
		last = ks[len(ks)-1]
	}
	return last
}
