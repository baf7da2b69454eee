package events

// Orders to leave. "Eritrea ordered UN peacekeepers to leave the
// country", "Israel ordered the observers out of Lebanon": an order that
// sends someone away is an expulsion, coded as "expel" would be with the
// same object (peacekeepers 1661, a mission 166, people 174), not a
// demand (10).

// orderedOut returns the expulsion code of order verb i when it orders
// its object to leave or out, else "".
func (s *sent) orderedOut(i int, p *pattern) string {
	if p.Frame != "10" || p.Noun || (p.Lemma != "order" && p.Lemma != "command") {
		return ""
	}
	o := s.child(i, "obj")
	if o < 0 || !(s.sentAway(i) || s.sentAway(o)) || s.orderedOwn(i, o) {
		return ""
	}
	t, err := loadTable()
	if err != nil {
		return ""
	}
	for _, e := range t.byForm["expel"] {
		if e.Noun || e.Particle != "" {
			continue
		}
		if len(e.Obj) == 0 || s.lemmaIn(o, e.Obj) {
			return e.Code
		}
		for _, g := range s.kids[o] {
			if s.rel(g) == "compound" && s.lemmaIn(g, e.Obj) {
				return e.Code
			}
		}
	}
	return ""
}

// leaveVerbs send their subject away.
var leaveVerbs = map[string]bool{"leave": true, "depart": true, "quit": true, "exit": true}

// sentAway reports whether order verb i (or its object, where the parser
// hangs the infinitive) sends the object away: an infinitive "to leave",
// or "out" ("ordered them out of the country").
func (s *sent) sentAway(i int) bool {
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "xcomp", "acl":
			if leaveVerbs[lemma(s.low(k))] || leaveVerbs[s.low(k)] {
				return true
			}
		case "compound:prt", "advmod":
			if s.low(k) == "out" {
				return true
			}
		case "obl":
			for _, c := range s.kids[k] {
				if s.rel(c) == "case" && s.low(c) == "out" {
					return true
				}
			}
		}
	}
	return false
}

// orderedOwn reports whether the object of order verb i is the agent's own
// forces or officials: "ordered the army to leave the town" is a
// withdrawal ordered, not an expulsion. A bare role code ("MIL") has no
// other country; a shared country prefix is the same state.
func (s *sent) orderedOwn(i, o int) bool {
	a := s.actorAt(o, 2)
	if a == nil || a.Code == "" {
		return false
	}
	if len(a.Code) == 3 && roleCode(a.Code) {
		return true
	}
	if n := s.child(i, "nsubj"); n >= 0 {
		if b := s.actorAt(n, 2); b != nil && len(b.Code) >= 3 && len(a.Code) >= 3 && isCountry(b.Code[:3]) && b.Code[:3] == a.Code[:3] {
			return true
		}
	}
	return false
}

// roleCode reports whether a three-letter code is a role (MIL, GOV),
// not a country or organisation prefix.
func roleCode(c string) bool {
	for _, code := range roleOf {
		if code == c {
			return true
		}
	}
	return false
}

// hasCase reports whether nominal c has preposition p among its markers,
// not only as the last: "out" in "drove them out of the country".
func (s *sent) hasCase(c int, p string) bool {
	for _, k := range s.kids[c] {
		if k > c {
			break
		}
		if s.rel(k) == "case" && s.low(k) == p {
			return true
		}
	}
	return false
}
