package events

// "Iran rejected the proposal, and the country said it would expel the
// inspectors": "the country", "the kingdom" and "the republic" re-mention
// a state named earlier in the same sentence, as a pronoun does. The
// actor layer leaves the bare noun uncoded; countryAnaphors gives it the
// code of that state when exactly one state (a GPE with a country code)
// is named before it. Two states before it ("Iran told Iraq that the
// country ...") leave it uncoded, and so does a noun with any modifier
// beyond "the" ("the whole country", "the country's north" is still the
// country, but "a country", "another country", "the Czech Republic",
// "the country of origin" are not re-mentions).

// Only a subject is read so ("the country said", "the country's
// foreign ministry said"): in an object or oblique, "the country" is
// mostly the setting ("fled the country", "attacks across the country"),
// whichever state it is.

// anaphorStates are the nouns that re-mention a state.
var anaphorStates = map[string]bool{"country": true, "kingdom": true, "republic": true}

// countryAnaphors runs in newSent after the actor index is built.
func (s *sent) countryAnaphors() {
	for i := range s.toks {
		if s.actor[i] != nil || !anaphorStates[s.low(i)] || !isNounTag(s.upos(i)) || !s.anaphorSubject(i) {
			continue
		}
		plain, the := true, false
		for _, k := range s.kids[i] {
			switch s.rel(k) {
			case "det":
				the = s.low(k) == "the" && k == i-1
			case "case", "punct", "cc":
			default:
				plain = false
			}
		}
		if !plain || !the {
			continue
		}
		var state *actorRef
		for j := 0; j < i; j++ {
			a := s.actor[j]
			if a == nil || a.Type != "GPE" || len(a.Code) != 3 || !isCountry(a.Code) {
				continue
			}
			if state != nil && state.Code != a.Code {
				state = nil
				break
			}
			state = a
		}
		if state == nil {
			continue
		}
		s.actor[i] = &actorRef{Code: state.Code, Span: s.span(i), Type: "GPE", Name: s.toks[i].Text, Country: state.Code}
	}
}

// anaphorSubject reports whether noun i is the subject of a clause, or
// the possessor of one ("the country's foreign ministry said").
func (s *sent) anaphorSubject(i int) bool {
	switch s.rel(i) {
	case "nsubj", "nsubj:pass":
		return true
	case "nmod:poss":
		if h := s.head(i); h >= 0 {
			r := s.rel(h)
			return r == "nsubj" || r == "nsubj:pass"
		}
	}
	return false
}
