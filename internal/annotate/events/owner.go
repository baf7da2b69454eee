package events

import "sitrep/internal/lexicon"

// "Egypt denounced the Israeli strikes on Gaza", "Iran condemned the
// American sanctions": a reaction to an act names its author with a
// nationality adjective on the act noun. The actor layer leaves such
// adjectives uncoded (alone they are no actor), so the coder reads them
// here, only where they author an act that is criticised, rejected or
// praised.

// ownerTarget returns the country whose nationality adjective modifies
// the act noun that reaction trigger i takes as object, or nil.
func (c *coder) ownerTarget(s *sent, i int, p *pattern, code string, src []*actorRef) []*actorRef {
	if p.Noun || !reactionRoots[code[:2]] {
		return nil
	}
	for _, o := range s.actNouns(i) {
		if a := s.nationalityOf(o, src); a != nil {
			return []*actorRef{a}
		}
	}
	return nil
}

// actNouns returns the nouns that may name the act reacted to: the
// trigger's object, the object's "over"/"about"/"at" complement
// ("voiced concern over the Greek drills") and the trigger's own
// ("criticised Japan over the Chinese arrests").
func (s *sent) actNouns(i int) []int {
	var out []int
	about := func(h int, rel string) {
		for _, k := range s.kids[h] {
			if s.rel(k) == rel {
				switch s.caseOf(k) {
				case "over", "about", "at", "for":
					out = append(out, k)
				}
			}
		}
	}
	if o := s.child(i, "obj"); o >= 0 {
		out = append(out, o)
		about(o, "nmod")
	}
	about(i, "obl")
	return out
}

// nationalityOf returns the country of a nationality adjective on noun o
// that is not one of the agents, or nil.
func (s *sent) nationalityOf(o int, src []*actorRef) *actorRef {
	if s.actor[o] != nil || !isNounTag(s.upos(o)) {
		return nil
	}
	for _, k := range s.kids[o] {
		if r := s.rel(k); r != "amod" && r != "compound" {
			continue
		}
		iso := nationality(s.toks[k].Text)
		if iso == "" || hasCode(src, iso) {
			continue
		}
		return &actorRef{Code: iso, Span: s.toks[k].Span, Type: "GPE", Name: s.toks[k].Text}
	}
	return nil
}

// nationality returns the country of a capitalised nationality adjective
// ("Israeli", "American"), or "".
func nationality(w string) string {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	for _, e := range lexicon.Default().Lookup(w) {
		if e.Kind == lexicon.KindAdjective && e.Country != "" {
			return e.Country
		}
	}
	return formerStates[w] // agents_hw.go
}
