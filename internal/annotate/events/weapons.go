package events

// Weapons of mass destruction and who is expelled. CAMEO gives the use
// of chemical, biological or radiological weapons (2041) and the
// detonation of nuclear weapons (2042) codes of their own; the kind is
// named by a modifier of the weapon ("chemical weapons", "a nuclear
// device"), which an object lemma cannot test. Likewise expelling an
// international mission (166) or an aid organisation (1663) differs from
// expelling people (174) by who the object is, an actor code.

var (
	wmdNouns = map[string]bool{"weapon": true, "arm": true, "agent": true, "gas": true,
		"device": true, "bomb": true, "warhead": true, "munition": true, "missile": true, "shell": true}
	cbrnKinds    = map[string]bool{"chemical": true, "biological": true, "radiological": true, "toxic": true, "nerve": true}
	nuclearKinds = map[string]bool{"nuclear": true, "atomic": true, "thermonuclear": true}
)

// weaponKind returns 2041 or 2042 when act i (force, 18-20, or a use of
// weapons) is carried out with a weapon of mass destruction, its object
// or its "with" phrase, else "".
func (s *sent) weaponKind(i int, code string) string {
	if r := code[:2]; r != "18" && r != "19" && r != "20" {
		return ""
	}
	var cands []int
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "obj", "nsubj:pass":
			cands = append(cands, k)
			for _, g := range s.kids[k] {
				// "attacked villages with chemical weapons", the
				// means hung on the object
				if s.rel(g) == "nmod" && s.caseOf(g) == "with" {
					cands = append(cands, g)
				}
			}
		case "obl":
			if s.caseOf(k) == "with" {
				cands = append(cands, k)
			}
		}
	}
	for _, k := range cands {
		if !wmdNouns[lemma(s.low(k))] {
			continue
		}
		for _, m := range s.kids[k] {
			if r := s.rel(m); r != "amod" && r != "compound" {
				continue
			}
			if cbrnKinds[s.low(m)] {
				return "2041"
			}
			if nuclearKinds[s.low(m)] && (lemma(s.low(i)) == "detonate" || lemma(s.low(i)) == "explode" || lemma(s.low(i)) == "drop") {
				return "2042"
			}
		}
	}
	return ""
}

// expelledBody returns 1663 or 166 when expulsion verb i coded 174 has an
// aid organisation (NGO) or international organisation (IGO) for its
// object, else "".
func (s *sent) expelledBody(i int, p *pattern) string {
	if p.Noun || p.Lemma != "expel" || p.Code != "174" {
		return ""
	}
	o := s.child(i, "obj")
	if o < 0 {
		return ""
	}
	a := s.actorAt(o, 2)
	switch {
	case a == nil || len(a.Code) < 3:
		return ""
	case a.Code[:3] == "NGO":
		return "1663"
	case a.Code[:3] == "IGO":
		return "166"
	}
	return ""
}
