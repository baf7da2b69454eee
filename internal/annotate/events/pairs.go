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

// pair returns the last two countries named, or nil.
func (c *coder) pair() []*actorRef {
	if n := len(c.countries); n >= 2 {
		return []*actorRef{c.countries[n-2], c.countries[n-1]}
	}
	return nil
}
