package events

// Background reached through a report or a relative clause (hX).
//
// backgroundClause (background.go) reads the trigger's own clause; wire
// copy often puts a report verb or a coordination between the two: "two
// air raids in which, it said, 20 people were killed", "after the army
// shelled the town and killed five". The act in the complement or
// conjunct of a clause of setting is as much background as the clause.
// The same holds for "after"/"since" clauses the parser hangs as
// complements.
//
// A relative clause that says what an act's object did ("reviewing the
// strike that killed seven aid workers", "accused the militia of attacks
// that killed civilians") belongs to the content of that act, as the
// noun it describes does.

// inheritedBackground returns why verbal trigger i is background through
// an enclosing clause, or "".
func (s *sent) inheritedBackground(i int, p *pattern, hits map[int]*pattern) string {
	if p.Noun {
		return ""
	}
	k, reported := i, false
	for n := 0; n < 4; n++ {
		// "withdrew its envoy after the army shelled the town": the
		// parser often makes the clause a complement with "after" as
		// its subject's case.
		if s.rel(k) == "ccomp" && backgroundMarks[s.low(s.firstOf(k))] && s.actOutside(k, hits) {
			return "a background clause (" + s.low(s.firstOf(k)) + ")"
		}
		r := s.rel(k)
		if r != "ccomp" && r != "conj" {
			break
		}
		reported = reported || r == "ccomp"
		k = s.head(k)
		if k < 0 || !isVerbTag(s.upos(k)) {
			return ""
		}
		if reported && s.rel(k) == "advcl" && s.low(s.firstOf(k)) != "where" {
			// "closed the crossing after it said a soldier was
			// wounded": the claim is the reason, still reported.
			continue
		}
		if why := s.backgroundClause(k, hits); why != "" {
			return why + " around the act"
		}
	}
	if s.rel(i) != "acl:relcl" {
		return ""
	}
	if a := s.contentAbove(s.head(i), hits); a != nil {
		return "a relative clause in the content of " + a.ID
	}
	return ""
}
