package events

// Reciprocal acts ("Aliyev and Pashinyan met", "the two armies clashed")
// name both parties as a coordinated subject. The gold convention codes
// them once, from the first-mentioned party to the others.

// reciprocal are the lemmas whose coordinated subject is both source and
// target.
var reciprocal = map[string]bool{"meet": true, "meet_with": true, "talk": true, "negotiate": true,
	"confer": true, "consult": true, "discuss": true, "clash": true, "fight": true, "battle": true}

// mutual are the lemmas of exchanges, which the gold convention codes in
// both directions ("an exchange of fire between X and Y": X fires on Y
// and Y on X; "swapped prisoners"), when what is exchanged is named
// (the pattern's object condition): "trade" alone is commerce, and
// "exchanged views" is one consultation, coded once like a meeting.
var mutual = map[string]bool{"exchange": true, "swap": true, "trade": true}

// reciprocalPair splits the subject's actors into the first party and the
// rest. A second party the parser hung as an apposition ("President
// Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia") counts
// when its actor differs from the first.
func (s *sent) reciprocalPair(src []int, actors []*actorRef) ([]*actorRef, []*actorRef) {
	all := append([]*actorRef(nil), actors...)
	for _, h := range src {
		for _, k := range s.kids[h] {
			if s.rel(k) != "appos" {
				continue
			}
			if a := s.actorAt(k, 2); a != nil && len(all) > 0 && a.Code != all[0].Code {
				all = append(all, a)
			}
		}
	}
	// First mentioned first: in "Chadian and Sudanese officials" the head
	// noun's actor comes before its coordinated modifier in the list,
	// not in the text. An insertion sort keeps equal starts in order;
	// the list is a handful of actors.
	for a := 1; a < len(all); a++ {
		for b := a; b > 0 && all[b] != nil && all[b-1] != nil && all[b].Span.Start < all[b-1].Span.Start; b-- {
			all[b], all[b-1] = all[b-1], all[b]
		}
	}
	if len(all) < 2 || all[0] == nil || all[0].Code == "" {
		return actors, nil
	}
	rest := all[1:1]
	for _, a := range all[1:] {
		if a != nil && a.Code != all[0].Code {
			rest = append(rest, a)
		}
	}
	if len(rest) == 0 {
		return actors, nil
	}
	return all[:1], rest
}
