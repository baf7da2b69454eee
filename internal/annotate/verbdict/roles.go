package verbdict

// The default roles, when a pattern does not place "$" or "+": the
// source is the verb's agent, the target the first actor after the verb
// in its own phrase, as PETRARCH reads a verb phrase.

// agent returns the token heading the verb's agent, or -1, and the
// token heading the patient of a passive with a by-phrase (or -1).
func (v *view) agent(i, depth int) (src, passiveTarget int) {
	if depth > 3 {
		return -1, -1
	}
	if n := v.child(i, "nsubj:pass"); n >= 0 {
		for _, k := range v.kids[i] {
			if (v.rel(k) == "obl:agent" || v.rel(k) == "obl") && v.caseOf(k) == "by" {
				return k, n
			}
		}
		return v.resolve(i, n, depth), -1
	}
	if n := v.child(i, "nsubj", "csubj"); n >= 0 {
		return v.resolve(i, n, depth), -1
	}
	h := v.head(i)
	if h < 0 {
		return -1, -1
	}
	switch v.rel(i) {
	case "xcomp", "conj":
		// "is about to restore", "condemned X and promised Y".
		s, _ := v.agent(h, depth+1)
		return s, -1
	case "acl", "acl:relcl":
		if isVerb(v.upos(h)) {
			return -1, -1
		}
		return h, -1
	}
	return -1, -1
}

// pronouns stand for an actor named earlier.
var pronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true}

// resolve returns the subject n of verb i, or for a pronoun the agent of
// the clause that reports it ("Ethiopia indicated it would act"), else
// the nearest actor before it.
func (v *view) resolve(i, n, depth int) int {
	if !pronouns[v.low[n]] {
		return n
	}
	if h := v.head(i); h >= 0 && (v.rel(i) == "ccomp" || v.rel(i) == "advcl") {
		if s, _ := v.agent(h, depth+1); s >= 0 {
			return s
		}
	}
	for k := n - 1; k >= 0; k-- {
		if v.ment[k] >= 0 {
			return k
		}
	}
	return -1
}

// target returns the first actor token after verb i inside its own
// phrase, leaving out coordinated verbs and side clauses, or -1.
func (v *view) target(i, vt int, skip func(int) bool) int {
	for k := vt; k < len(v.toks); k++ {
		if v.ment[k] < 0 || skip(k) || !v.within(k, i) {
			continue
		}
		if v.cutOff(k, i) {
			continue
		}
		return k
	}
	return -1
}

// cutOff reports whether token k hangs from verb i through a coordinated
// verb or a parenthetical clause, which are acts of their own.
func (v *view) cutOff(k, i int) bool {
	for n := 0; k >= 0 && k != i && n <= len(v.toks); n++ {
		h := v.head(k)
		if h == i {
			r := v.rel(k)
			return (r == "conj" && isVerb(v.upos(k))) || r == "parataxis"
		}
		k = h
	}
	return false
}
