package events

import "sitrep/internal/doc"

// Responsibility claimed in a report. "The Balochistan Liberation Army
// said it was responsible for the attack", "the group said its fighters
// were responsible": a speaker who says that it (or its own people) was
// responsible acknowledges or claims responsibility, CAMEO 015. When the
// one said to be responsible is someone else ("police said the group was
// responsible") it is an accusation, and a bare "X is responsible" reports
// no one's statement: neither is coded here.

// claimSpeech are the lemmas that report a claim of one's own part.
var claimSpeech = map[string]bool{"say": true, "claim": true, "admit": true, "acknowledge": true,
	"announce": true, "state": true, "confirm": true, "declare": true}

// ownResponsibility reports whether pattern p at i is the predicate
// adjective "responsible".
func ownResponsibility(s *sent, i int, p *pattern) bool {
	return !p.Noun && p.Code == "015" && s.low(i) == "responsible"
}

// claimedResponsibility codes "responsible" at i from the speaker who
// says it of itself.
func (c *coder) claimedResponsibility(s *sent, i int, p *pattern) ([]doc.Event, string) {
	h := s.head(i)
	if h < 0 || s.rel(i) != "ccomp" || s.child(i, "cop") < 0 || !claimSpeech[lemma(s.low(h))] {
		return nil, "responsibility not claimed by a speaker"
	}
	if neg, hyp := s.modality(h); neg || hyp {
		return nil, "a claim not asserted"
	}
	if neg, _ := s.modality(i); neg {
		return nil, "responsibility denied" // "said it was not responsible" (016 elsewhere)
	}
	src := c.resolveAgent(s, c.verbSubject(s, h, 0))
	if len(src) == 0 || src[0].Code == "" {
		return nil, "a claim with no speaker actor"
	}
	n := s.child(i, "nsubj")
	if n < 0 {
		return nil, "responsibility with no subject"
	}
	if !pronouns[s.low(n)] && !s.ownPeople(n) {
		if a := s.actorAt(n, 2); a == nil || a.Code != src[0].Code {
			return nil, "responsibility assigned to another"
		}
	}
	var out []doc.Event
	for _, a := range src {
		out = append(out, c.code1(s, i, p, "015", false, false, a, nil)...)
	}
	return out, "coded 015 responsibility claimed by the speaker"
}

// ownPeople reports whether noun n is possessed by a pronoun ("its
// fighters", "our men").
func (s *sent) ownPeople(n int) bool {
	for _, k := range s.kids[n] {
		if s.rel(k) == "nmod:poss" && possessives[s.low(k)] {
			return true
		}
	}
	return false
}
