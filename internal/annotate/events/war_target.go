package events

// "They started the second Karabakh war", "launched the Gaza war": a war
// named after a place or people is waged on that place's people, when
// the clause names no other victim.

// warNouns are the nouns that a war's name qualifies.
var warNouns = map[string]bool{"war": true, "wars": true, "conflict": true, "offensive": true, "campaign": true}

// warTarget returns the people a named war is waged on: the actor or
// region its name holds, other than the agent's own country; or nil.
func (s *sent) warTarget(i int, code string, src []*actorRef) []*actorRef {
	if code[:2] != "19" && code[:2] != "20" {
		return nil
	}
	w := -1
	if warNouns[s.low(i)] && isNounTag(s.upos(i)) {
		w = i
	} else if o := s.child(i, "obj"); o >= 0 && warNouns[s.low(o)] {
		w = o
	}
	if w < 0 {
		return nil
	}
	var out []*actorRef
	for _, k := range s.kids[w] {
		if k > w || (s.rel(k) != "compound" && s.rel(k) != "amod") {
			continue
		}
		var a *actorRef
		switch {
		case s.actor[k] != nil && s.actor[k].Code != "":
			a = &actorRef{Code: s.actor[k].Code[:min(3, len(s.actor[k].Code))], Span: s.span(k), Type: "GPE"}
		case regionPeople[s.low(k)] != "":
			a = &actorRef{Code: regionPeople[s.low(k)], Span: s.span(k), Type: "GPE"}
		case nationality(s.toks[k].Text) != "":
			a = &actorRef{Code: nationality(s.toks[k].Text), Span: s.span(k), Type: "GPE"}
		case s.place[k] != nil && s.place[k].Country != "":
			a = &actorRef{Code: s.place[k].Country, Span: s.span(k), Type: "GPE"}
		}
		if a == nil || len(a.Code) < 3 {
			continue
		}
		a.Span.End = s.span(w).End // the war's name, "Karabakh war"

		own := false
		for _, x := range src {
			if x != nil && len(x.Code) >= 3 && x.Code[:3] == a.Code[:3] {
				own = true
			}
		}
		if !own && !hasCode(out, a.Code) {
			out = append(out, a)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}
