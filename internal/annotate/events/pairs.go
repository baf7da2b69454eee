package events

// "Mediating between the two countries", "both sides agreed": a plural
// noun counted as two stands for the last two countries the text named.

// pairNouns are the nouns that, counted as two, refer back to a pair.
var pairNouns = map[string]bool{"countries": true, "sides": true, "neighbours": true, "neighbors": true,
	"nations": true, "states": true, "parties": true, "governments": true, "rivals": true, "foes": true}

// isPair reports whether token i heads "the two countries" or "both sides".
func (s *sent) isPair(i int) bool {
	if !pairNouns[s.low(i)] {
		return false
	}
	for _, k := range s.kids[i] {
		if l := s.low(k); l == "two" || l == "both" {
			return true
		}
	}
	return false
}

// notePlaces remembers the countries named in a sentence, most recent
// last, each once.
func (c *coder) noteCountries(s *sent) {
	for i := range s.toks {
		a := s.actor[i]
		if a == nil || len(a.Code) != 3 || a.Type != "GPE" {
			continue
		}
		if i > 0 && s.actor[i-1] == a {
			continue
		}
		for k, r := range c.countries {
			if r.Code == a.Code {
				c.countries = append(c.countries[:k], c.countries[k+1:]...)
				break
			}
		}
		c.countries = append(c.countries, a)
	}
}

// leaderNouns, counted as two, refer back to the last two persons named:
// "Aliyev met Pashinyan ... the two leaders discussed the border".
var leaderNouns = map[string]bool{"leaders": true, "presidents": true, "ministers": true,
	"premiers": true, "heads": true, "men": true}

// isLeaderPair reports whether token i heads "the two leaders", "both
// leaders" or a bare "the leaders".
func (s *sent) isLeaderPair(i int) bool {
	if !leaderNouns[s.low(i)] {
		return false
	}
	for _, k := range s.kids[i] {
		if l := s.low(k); l == "two" || l == "both" {
			return true
		}
	}
	return s.definite(i)
}

// notePersons remembers the coded persons named in a sentence, most
// recent last, each actor code once, and the last two named together
// ("Aliyev and Pashinyan met"), whom "the two leaders" means even when
// a host is named after them.
func (c *coder) notePersons(s *sent) {
	var first *actorRef
	and := false
	for i := range s.toks {
		if a := s.actor[i]; a != nil && a.Type == "PER" && a.Code != "" {
			if first != nil && and && a.Code != first.Code && a != first {
				c.couple = []*actorRef{first, a}
				first = nil
			} else if first == nil || a != first {
				first, and = a, false
			}
		} else if s.low(i) == "and" && first != nil {
			and = true
		} else if s.upos(i) == "VERB" {
			first = nil
		}
	}
	for i := range s.toks {
		a := s.actor[i]
		if a == nil || a.Type != "PER" || a.Code == "" || (i > 0 && s.actor[i-1] == a) {
			continue
		}
		for k, r := range c.persons {
			if r.Code == a.Code {
				c.persons = append(c.persons[:k], c.persons[k+1:]...)
				break
			}
		}
		c.persons = append(c.persons, a)
	}
}

// leaderPair returns the last two persons named together, else the
// last two named, or nil.
func (c *coder) leaderPair() []*actorRef {
	if c.couple != nil {
		return c.couple
	}
	if n := len(c.persons); n >= 2 {
		return []*actorRef{c.persons[n-2], c.persons[n-1]}
	}
	return nil
}

// pair returns the last two countries named, or nil.
func (c *coder) pair() []*actorRef { return c.pairExcept(nil) }

// pairExcept returns the last two countries named other than the act's
// agents: in "Iran mediated between the two countries" the two are the
// parties Iran stands between, even when Iran itself was named last.
func (c *coder) pairExcept(skip []*actorRef) []*actorRef {
	var out []*actorRef
	for k := len(c.countries) - 1; k >= 0 && len(out) < 2; k-- {
		if !hasCode(skip, c.countries[k].Code) {
			out = append(out, c.countries[k])
		}
	}
	if len(out) < 2 {
		return nil
	}
	return []*actorRef{out[1], out[0]}
}

// hasCode reports whether one of the actors has the code.
func hasCode(as []*actorRef, code string) bool {
	for _, a := range as {
		if a != nil && a.Code == code {
			return true
		}
	}
	return false
}
