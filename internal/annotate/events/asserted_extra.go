package events

// More acts a sentence mentions without asserting them (see clauses.go):
//
//   - what an agent denies: "Syria denied that it had supplied weapons"
//     reports the denial (016), not the supply;
//   - the demand or pressure a concession answers: "gave in to the
//     strikers' demands", "yielded to pressure from the unions", "agreed
//     to the opposition's demands" report the concession (08), not a new
//     demand or coercion, and the sanction or force a concession ends
//     ("the lifting of the embargo") is no new act either;
//   - an act noun that classifies people: "riot police", "protest
//     leaders" name a kind of person, no riot or protest;
//   - a relative clause that describes what is investigated, condemned
//     or rejected: "condemned the raid that killed ten soldiers" reports
//     the condemnation (the content roots of clauses.go);
//   - a relative clause in the past perfect that recalls what was done
//     before the sentence's own act: "released soldiers they had
//     captured last month".

// demandRoot reports whether a code is a demand (10) or coercion (17),
// the pressure a concession ("agreed to the demands") answers.
func demandRoot(code string) bool { return code[:2] == "10" || code[:2] == "17" }

// denyCode reports whether a code is a denial, whose complement the
// agent says is untrue.
func denyCode(code string) bool { return code == "016" }

// notAsserted returns why trigger i is mentioned, not asserted, or "".
func (s *sent) notAsserted(i int, p *pattern, hits map[int]*pattern) string {
	if h := s.deniedBy(i, hits); h >= 0 {
		return "denied, not asserted (" + s.toks[h].Text + ")"
	}
	if p.Noun {
		if h := s.head(i); h >= 0 {
			if hp := hits[h]; hp != nil && hp.Code[:2] == "08" && (hp.Yield || demandRoot(p.Code) || p.Code[:2] >= "13") {
				switch s.rel(i) {
				case "obj", "obl", "nmod":
					return "what the concession at " + s.toks[h].Text + " answers or ends"
				}
			}
			if s.rel(i) == "compound" && hits[h] == nil && (roleOf[s.low(h)] != "" || s.actor[h] != nil) {
				return "a modifier classifying " + s.toks[h].Text
			}
		}
		return ""
	}
	if h := s.head(i); h >= 0 && s.rel(i) == "xcomp" && s.child(i, "nsubj") < 0 && s.child(i, "obj") < 0 {
		// "yielded to pressure": the parser read the noun as an
		// infinitive; a concession's complement is what it answers.
		if hp := hits[h]; hp != nil && hp.Code[:2] == "08" && hp.Yield && tableNoun(s.low(i)) {
			return "what the concession at " + s.toks[h].Text + " answers"
		}
	}
	if s.relative(i) {
		// "investigated the airstrike that killed civilians": the
		// clause describes what is investigated, condemned, denied.
		if n := s.head(i); n >= 0 && isNounTag(s.upos(n)) {
			switch s.rel(n) {
			case "obj", "obl", "nmod", "nsubj:pass":
				if h := s.head(n); h >= 0 {
					if hp := hits[h]; hp != nil && !hp.Say && contentRoots[hp.Code[:2]] {
						return "what the act at " + s.toks[h].Text + " is about"
					}
				}
			}
		}
	}
	if s.relative(i) && s.pluperfect(i) && s.actOutside(i, hits) {
		return "a relative clause recalling an earlier act"
	}
	return ""
}

// deniedBy returns the denial verb whose complement holds trigger i, or -1.
func (s *sent) deniedBy(i int, hits map[int]*pattern) int {
	k := i
	for n := 0; n < 4; n++ {
		h := s.head(k)
		if h < 0 {
			return -1
		}
		switch s.rel(k) {
		case "ccomp", "xcomp", "obj", "nmod", "advcl":
		case "acl", "acl:relcl":
			if !s.contentOfNoun(k) {
				return -1
			}
		default:
			return -1
		}
		if hp := hits[h]; hp != nil && !hp.Noun && denyCode(hp.Code) {
			return h
		}
		k = h
	}
	return -1
}

// pluperfect reports whether verb k has the auxiliary "had" (and no
// modal): "they had captured".
func (s *sent) pluperfect(k int) bool {
	had := false
	for _, a := range s.kids[k] {
		if s.rel(a) == "aux" {
			switch s.low(a) {
			case "had", "'d":
				had = true
			default:
				if modals[s.low(a)] {
					return false
				}
			}
		}
	}
	return had
}

// tableNoun reports whether a lower-case form is a form of a nominal
// pattern of the table.
func tableNoun(w string) bool {
	t, err := loadTable()
	if err != nil {
		return false
	}
	for _, p := range t.byForm[w] {
		if p.Noun {
			return true
		}
	}
	return false
}

// relative reports whether verb k heads a relative clause: opened by a
// relative pronoun (the parser often hangs "whom they had captured" as a
// complement, "whom" as its marker), or labelled so with no that-marker.
func (s *sent) relative(k int) bool {
	if h := s.head(k); h >= 0 && timeWords[s.low(h)] {
		return false // "said on Friday that its forces had attacked"
	}
	for _, c := range s.kids[k] {
		if c > k {
			break
		}
		switch s.low(c) {
		case "who", "whom", "which":
			return true
		case "that":
			if r := s.rel(c); r == "obj" || r == "nsubj" || r == "nsubj:pass" {
				return true
			}
		}
	}
	return s.rel(k) == "acl:relcl" && s.child(k, "mark") < 0
}
