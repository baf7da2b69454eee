package events

// Two more clause repairs (see repair_clauses.go), 0-based k, 1-based heads.

// fixSubordinateObl repairs an adverbial clause whose subordinator was
// read as the preposition of its subject: "the talks ended as Kenya
// announced it would free them" parsed as/case -> Kenya, Kenya/obl ->
// ended, announced/xcomp -> ended. A verb right after the cased noun that
// has no subject of its own is that noun's predicate: the noun becomes
// its subject, the subordinator its mark, the clause an adverbial of the
// verb above.
func fixSubordinateObl(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		if rels[k] != "case" || !subordinators[lower[k]] {
			continue
		}
		n := heads[k] - 1
		if n < 0 || rels[n] != "obl" || !isNounTag(upos[n]) {
			continue
		}
		v := heads[n] - 1
		if v < 0 || v > k || !isVerbTag(upos[v]) {
			continue
		}
		w := lastOf(heads, n) + 1
		if w >= len(lower) || heads[w]-1 != v || upos[w] != "VERB" {
			continue
		}
		switch rels[w] {
		case "xcomp", "ccomp", "conj", "parataxis", "advcl":
		default:
			continue
		}
		if hasKid(heads, rels, w, "nsubj", "nsubj:pass", "csubj", "mark") {
			continue
		}
		heads[n], rels[n] = w+1, "nsubj"
		heads[k], rels[k] = w+1, "mark"
		rels[w] = "advcl"
		changed = true
	}
	return changed
}

// lastOf returns the last word of the phrase headed by n, counting only
// the words after n that hang on it directly ("Adli Yaish", "the United
// States").
func lastOf(heads []int, n int) int {
	last := n
	for j := n + 1; j < len(heads); j++ {
		if heads[j]-1 != n {
			break
		}
		last = j
	}
	return last
}

// fixParallelThat repairs the second of two coordinated that-clauses
// hung on another verb: in "the report alleged that X was aware of it,
// and that X helped carry out killings" the parser may attach "helped"
// to the sentence's root. A clause that opens with a conjunction and
// "that" continues the nearest that-clause before it, as its conjunct.
func fixParallelThat(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for w := range lower {
		if !isVerbTag(upos[w]) || heads[w] == 0 {
			continue
		}
		m, cc := -1, -1
		for j := 0; j < w; j++ {
			if heads[j]-1 != w {
				continue
			}
			switch {
			case rels[j] == "mark" && lower[j] == "that":
				m = j
			case rels[j] == "cc" && (lower[j] == "and" || lower[j] == "or" || lower[j] == "but"):
				cc = j
			}
		}
		if m < 0 || cc < 0 || cc > m {
			continue
		}
		u := -1
		for j := cc - 1; j >= 0; j-- {
			if rels[j] == "ccomp" && heads[j]-1 != w && hasThat(lower, heads, rels, j) {
				u = j
				break
			}
		}
		if u < 0 || heads[w]-1 == u || heads[w]-1 == heads[u]-1 || dominates(heads, w, u) {
			continue
		}
		heads[w], rels[w] = u+1, "conj"
		changed = true
	}
	return changed
}

// hasThat reports whether clause j has the complementizer "that".
func hasThat(lower []string, heads []int, rels []string, j int) bool {
	for i := 0; i < j; i++ {
		if heads[i]-1 == j && rels[i] == "mark" && lower[i] == "that" {
			return true
		}
	}
	return false
}
