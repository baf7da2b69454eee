package events

// A warning about a state of affairs. "The envoy warned that the peace
// deal was close to collapse", "the minister warned that prices would
// rise": a warning that names no one's coming act is a pessimistic
// comment (CAMEO 012), not a threat (13). It stays a threat when it is
// addressed ("warned Yerevan that"), or when its clause says what an
// actor will or may do ("warned that Israel would face a response",
// "warned it could sever ties").

// warningModals mark the clause of a threat: what someone will or may do.
var warningModals = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true,
	"wo": true, "may": true, "might": true, "could": true, "can": true, "ca": true}

// warnedPessimism returns 012 for a "warn that" at i coded code (130,
// with no act under it), or code unchanged.
func (s *sent) warnedPessimism(i int, p *pattern, code string, innerAt int) string {
	if p.Noun || p.Lemma != "warn" || p.Frame != "13" || code != "130" || innerAt >= 0 {
		return code
	}
	if o := s.child(i, "obj", "iobj"); o >= 0 && s.low(o) != "that" {
		return code // addressed: "warned Yerevan that"
	} else if o >= 0 {
		// a misparse that makes "that" the object: the clause is
		// what follows; any modal in it may state a threat.
		for a := o + 1; a < len(s.toks); a++ {
			if warningModals[s.low(a)] {
				return code
			}
		}
		return "012"
	}
	k := s.child(i, "ccomp")
	if k < 0 {
		return code
	}
	for _, a := range s.kids[k] {
		if s.rel(a) == "advcl" && s.conditional(a) {
			return code // "warned that if it struck again, ..."
		}
		if s.rel(a) != "aux" || !warningModals[s.low(a)] {
			continue
		}
		// a modal clause: a threat when an agent is its subject
		n := s.child(k, "nsubj", "nsubj:pass")
		if n < 0 || s.upos(n) == "PRON" || s.actorAt(n, 2) != nil {
			return code
		}
	}
	return "012"
}
