package events

import "strings"

// Phrase finders for lastTargets (lasttargets.go).

// thingNouns returns the nouns that name what verb v acts on: its object
// and its "to", "against", "on" or "at" complement, with the object's own
// "against"/"on" complement ("curbs against Kenyan imports").
func (s *sent) thingNouns(v int) []int {
	var out []int
	for _, k := range s.kids[v] {
		switch s.rel(k) {
		case "obj":
			out = append(out, k)
			for _, g := range s.kids[k] {
				if s.rel(g) == "nmod" {
					switch s.caseOf(g) {
					case "against", "on":
						out = append(out, g)
					}
				}
			}
		case "obl":
			switch s.caseOf(k) {
			case "to", "against", "on", "at":
				out = append(out, k)
			}
		}
	}
	return out
}

// foreignPlace returns the country named by an "in" phrase of verb v or
// of its object ("lifted the travel ban in Somalia"), when that country is
// none of the agents' own; or nil.
func (s *sent) foreignPlace(v int, srcActors []*actorRef) *actorRef {
	var cands []int
	for _, k := range s.kids[v] {
		switch s.rel(k) {
		case "obl", "obj":
			if s.rel(k) == "obl" {
				cands = append(cands, k)
			}
			// "lifted the ban in Somalia", "stayed on alert in Somalia"
			for _, g := range s.kids[k] {
				if s.rel(g) == "nmod" {
					cands = append(cands, g)
				}
			}
		}
	}
	for _, k := range cands {
		if cs := s.caseOf(k); cs != "in" && cs != "into" && cs != "inside" {
			continue
		}
		iso := s.countryAt(k)
		if iso == "" {
			// "in Turkana province": the place names the noun.
			for _, g := range s.kids[k] {
				if r := s.rel(g); (r == "compound" || r == "amod") && iso == "" {
					iso = s.countryAt(g)
				}
			}
		}
		if iso == "" {
			continue
		}
		foreign := true
		for _, x := range srcActors {
			if x != nil && strings.HasPrefix(x.Code, iso) {
				foreign = false
			}
		}
		if foreign {
			return &actorRef{Code: iso, Span: s.span(k), Type: "GPE", Name: s.toks[k].Text}
		}
	}
	return nil
}

// countryAt returns the country of the state or place named at word k,
// or "".
func (s *sent) countryAt(k int) string {
	if a := s.actor[k]; a != nil && a.Type == "GPE" && len(a.Code) == 3 {
		return a.Code
	}
	if pl := s.place[k]; pl != nil && s.actor[k] == nil {
		return pl.Country
	}
	return ""
}

// actVerbs returns trigger i, the act it embeds (innerAt, if any) and the
// verbs their "to" complements name ("threatened to resume raids").
func (s *sent) actVerbs(i, innerAt int) []int {
	out := []int{i}
	if innerAt >= 0 && innerAt != i {
		out = append(out, innerAt)
	}
	for _, v := range append([]int(nil), out...) {
		for _, k := range s.kids[v] {
			if s.rel(k) == "xcomp" && isVerbTag(s.upos(k)) && k != innerAt {
				out = append(out, k)
			}
		}
	}
	// "willing to send arms to help defend Chad": the purpose of the
	// embedded act, and the act it helps.
	for _, v := range append([]int(nil), out[1:]...) {
		for _, k := range s.kidsRel(v, "advcl") {
			if m := s.child(k, "mark"); m >= 0 && s.low(m) == "to" && s.upos(k) == "VERB" {
				out = append(out, k)
				for _, x := range s.kidsRel(k, "xcomp") {
					if s.upos(x) == "VERB" {
						out = append(out, x)
					}
				}
			}
		}
	}
	// "donated and delivered food to the camp": a verb with no
	// complement shares those of the verb coordinated with it.
	if s.child(i, "obj", "obl", "iobj", "nsubj:pass", "aux:pass") < 0 {
		for _, k := range s.kidsRel(i, "conj") {
			if s.upos(k) == "VERB" && s.child(k, "nsubj", "nsubj:pass") < 0 && s.child(k, "obj") >= 0 && s.joinedVerbs(i, k) {
				out = append(out, k)
			}
		}
	}
	// "used tear gas to disperse the protesters": the purpose the
	// instrument serves names the patient.
	if o := s.child(i, "obj"); o >= 0 {
		for _, k := range s.kids[o] {
			if s.rel(k) == "acl" && s.upos(k) == "VERB" && k != innerAt && s.child(k, "mark") >= 0 && s.low(s.child(k, "mark")) == "to" {
				out = append(out, k)
			}
		}
	}
	return out
}

// kidsRel returns the children of i with relation rel.
func (s *sent) kidsRel(i int, rel string) []int {
	var out []int
	for _, k := range s.kids[i] {
		if s.rel(k) == rel {
			out = append(out, k)
		}
	}
	return out
}

// joinedVerbs reports whether verbs i and k stand side by side, with
// only the conjunction and adverbs of k between them ("donated and
// personally delivered").
func (s *sent) joinedVerbs(i, k int) bool {
	if k <= i+1 {
		return false
	}
	for j := i + 1; j < k; j++ {
		if s.head(j) != k || (s.rel(j) != "cc" && s.rel(j) != "advmod") {
			return false
		}
	}
	return true
}

// recipientIn returns the coded actor of a "to" or "for" phrase within
// two levels below noun o ("$70 million of aid for Chad"), other than the
// agents; or nil.
func (s *sent) recipientIn(o int, srcActors []*actorRef) *actorRef {
	level := []int{o}
	for d := 0; d < 2; d++ {
		var next []int
		for _, h := range level {
			for _, k := range s.kids[h] {
				if s.rel(k) != "nmod" {
					continue
				}
				if cs := s.caseOf(k); cs == "to" || cs == "for" {
					if a := s.actorAt(k, 1); a != nil && a.Code != "" && !hasCode(srcActors, a.Code) {
						return a
					}
				}
				next = append(next, k)
			}
		}
		level = next
	}
	return nil
}

// authorOf returns the coded by-agent of a participle modifying noun o
// ("the rally organised by students"), other than the agents; or nil.
func (s *sent) authorOf(o int, srcActors []*actorRef) *actorRef {
	for _, g := range s.kidsRel(o, "acl") {
		for _, k := range s.kids[g] {
			if r := s.rel(k); r == "obl:agent" || (r == "obl" && s.caseOf(k) == "by") {
				if a := s.actorAt(k, 1); a != nil && a.Code != "" && !hasCode(srcActors, a.Code) {
					return a
				}
			}
		}
	}
	return nil
}

// ownSide reports whether every target is of the first agent's country
// ("Turkey reinforced its troops": TUR and TURMIL).
func ownSide(tgt, src []*actorRef) bool {
	if len(tgt) == 0 || len(src) == 0 || src[0] == nil || len(src[0].Code) < 3 {
		return false
	}
	for _, t := range tgt {
		if t == nil || len(t.Code) < 3 || t.Code[:3] != src[0].Code[:3] {
			return false
		}
	}
	return true
}

// toRecipient returns the coded actor of a "to" or "for" oblique of verb
// i, other than the agents; or nil.
func (s *sent) toRecipient(i int, srcActors []*actorRef) *actorRef {
	for _, k := range s.kids[i] {
		if s.rel(k) != "obl" {
			continue
		}
		if cs := s.caseOf(k); cs == "to" || cs == "for" {
			if a := s.actorAt(k, 1); a != nil && a.Code != "" && !hasCode(srcActors, a.Code) {
				return a
			}
		}
	}
	return nil
}
