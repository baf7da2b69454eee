package events

// Two more agents of a nominal act (dev2 (hU)).
//
// "Chinese jets crossed the line in a show of force": a noun of display
// ("show", "display", "demonstration") hung by "in" from a verb names
// what the verb's act was meant to show, so the verb's subject is its
// agent. Only those nouns: "in an attack on" or "in talks with" name a
// setting, not the purpose of the clause's act.
//
// "Armenia declared martial law and a general mobilisation": a nominal
// act conjoined with the object of a verb that enacts or carries out
// acts (declare, impose, launch, ...) is carried by that verb too, so
// the verb's subject is its agent. Not a verb that only reports one
// ("announced freezes and bans", which may be plans).

var displayNouns = map[string]bool{"show": true, "display": true, "demonstration": true}

// enactVerbs carry every conjunct of their object.
var enactVerbs = map[string]bool{"declare": true, "impose": true, "reimpose": true, "enforce": true,
	"launch": true, "wage": true, "stage": true, "mount": true, "conduct": true}

// moreNounSources returns the agent heads of nominal act i found by one
// of the two constructions above, else nil.
func (c *coder) moreNounSources(s *sent, i int) []int {
	if r := s.reactionSources(i); r != nil {
		return r // rules_hc2.go
	}
	h := s.head(i)
	if h < 0 {
		return nil
	}
	if displayNouns[lemma(s.low(i))] && s.rel(i) == "obl" && s.caseOf(i) == "in" && s.upos(h) == "VERB" {
		return c.verbSubject(s, h, 0)
	}
	if s.rel(i) == "conj" && (s.rel(h) == "obj" || s.rel(h) == "nsubj:pass") {
		if v := s.head(h); v >= 0 && s.upos(v) == "VERB" && enactVerbs[lemma(s.low(v))] {
			return c.verbSubject(s, v, 0)
		}
	}
	return nil
}
