package events

// Repairs of clause and phrase attachments that hide an event, written for
// the parse errors of any parser model rather than one model's quirks. All
// use 0-based k and the parser's 1-based heads.

// fixSubordinator repairs a subordinate clause read as a relative clause
// whose subordinator became a preposition of its subject: "expelled the
// ambassador after Ugandan troops attacked Kenya" parsed after/case ->
// troops, attacked/acl:relcl -> ambassador. A relative clause has no
// subordinator; the word becomes the clause's mark and the clause an
// adverbial of the nearest verb above it.
func fixSubordinator(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		if rels[k] != "case" || !subordinators[lower[k]] {
			continue
		}
		n := heads[k] - 1
		if n < 0 {
			continue
		}
		v := heads[n] - 1
		if v < 0 || v < k || !isVerbTag(upos[v]) {
			continue
		}
		switch {
		case (rels[n] == "nsubj" || rels[n] == "nsubj:pass") && upos[k] == "SCONJ" && (rels[v] == "acl:relcl" || rels[v] == "acl"):
		case rels[n] == "obl" && n < v && !hasKid(heads, rels, v, "nsubj", "nsubj:pass", "expl", "csubj") && auxBetween(heads, rels, n, v) != "":
			// "after the checkpoint was opened" parsed
			// checkpoint/obl -> opened: a finite verb with no subject
			// takes the cased noun before its auxiliary.
			rels[n] = "nsubj"
			if auxBetween(heads, rels, n, v) == "aux:pass" {
				rels[n] = "nsubj:pass"
			}
		case rels[n] == "obl" && n < v && auxBetween(heads, rels, n, v) != "" && misplacedSubject(upos, heads, rels, v, k) >= 0:
			// "opposed the deployment until their demands are met"
			// parsed deployment/nsubj -> met: a subject before the
			// subordinator belongs to the clause before it, as the
			// object of its verb.
			j := misplacedSubject(upos, heads, rels, v, k)
			u := j - 1
			for u >= 0 && !isVerbTag(upos[u]) {
				u--
			}
			heads[j], rels[j] = u+1, "obj"
			heads[v] = u + 1
			rels[v] = "advcl"
			rels[n] = "nsubj"
			if auxBetween(heads, rels, n, v) == "aux:pass" {
				rels[n] = "nsubj:pass"
			}
		default:
			continue
		}
		heads[k], rels[k] = v+1, "mark"
		switch rels[v] {
		case "acl:relcl", "acl":
			if up := verbAbove(upos, heads, v); up >= 0 {
				heads[v] = up + 1
			}
			rels[v] = "advcl"
		case "ccomp", "xcomp":
			rels[v] = "advcl"
		}
		changed = true
	}
	return changed
}

// hasKid reports whether word v has a dependent with one of the relations.
func hasKid(heads []int, rels []string, v int, want ...string) bool {
	for k := range heads {
		if heads[k]-1 != v {
			continue
		}
		for _, r := range want {
			if rels[k] == r {
				return true
			}
		}
	}
	return false
}

// auxBetween returns the relation of an auxiliary of v between n and v
// ("aux:pass" before "aux"), or "".
func auxBetween(heads []int, rels []string, n, v int) string {
	out := ""
	for k := n + 1; k < v; k++ {
		if heads[k]-1 == v && (rels[k] == "aux" || rels[k] == "aux:pass" || rels[k] == "cop") {
			if out != "aux:pass" {
				out = rels[k]
			}
		}
	}
	return out
}

// verbAbove returns the nearest verb that dominates word k, or -1.
func verbAbove(upos []string, heads []int, k int) int {
	for h, n := heads[k]-1, 0; h >= 0 && n < len(heads); h, n = heads[h]-1, n+1 {
		if isVerbTag(upos[h]) {
			return h
		}
	}
	return -1
}

// subordinators introduce adverbial clauses of time and cause.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"because": true, "since": true, "until": true, "once": true, "as": true}

// fixClausalAmod repairs a finite clause read as an attributive
// participle: "when the Armenians occupied Karabakh" parsed occupied/amod.
// A participle that describes a noun has no subject of its own; one that
// has is a clause, adverbial when a subordinator or "when" leads it,
// relative otherwise.
func fixClausalAmod(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for v := range lower {
		if rels[v] != "amod" || !isVerbTag(upos[v]) {
			continue
		}
		subj, adv := false, false
		for k := range lower {
			if heads[k]-1 != v {
				continue
			}
			switch {
			case (rels[k] == "nsubj" || rels[k] == "nsubj:pass") && k < v:
				subj = true
			case k < v && (rels[k] == "mark" || rels[k] == "advmod" && subordinators[lower[k]]):
				adv = true
			}
		}
		if !subj {
			continue
		}
		rels[v] = "acl:relcl"
		if adv {
			rels[v] = "advcl"
		}
		changed = true
	}
	return changed
}

// fixFrontedModifier repairs a prepositional phrase whose object was
// split from the noun it shares with a coordination: "demands on Baku and
// Yerevan governments" parsed Baku/nmod -> governments, governments/conj
// -> demands. An English prepositional modifier follows its noun; one
// that precedes it is a compound of that noun, which then carries the
// preposition and modifies the noun it was coordinated with.
func fixFrontedModifier(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		h := heads[k] - 1
		if rels[k] != "nmod" || h <= k || upos[k] != "PROPN" || !isNounTag(upos[h]) || rels[h] != "conj" {
			continue
		}
		g := heads[h] - 1
		if g < 0 || g > k || !isNounTag(upos[g]) {
			continue
		}
		c := -1
		for j := g + 1; j < k; j++ {
			if heads[j]-1 == k && rels[j] == "case" {
				c = j
			}
		}
		if c < 0 || lower[c] == "of" {
			continue
		}
		heads[c] = h + 1
		rels[k] = "compound"
		rels[h] = "nmod"
		changed = true
	}
	return changed
}

// fixParallelConj repairs a coordination of two modified nouns read as a
// coordination inside the first one's modifier: "Aliyev of Azerbaijan and
// Pashinyan of Armenia" parsed Pashinyan/conj -> Azerbaijan. A conjunct
// that carries a modifier with the same preposition as the phrase it was
// joined to is parallel to that phrase's head, not to its object.
func fixParallelConj(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		h := heads[k] - 1
		if rels[k] != "conj" || h < 0 || h > k || rels[h] != "nmod" || upos[k] != "PROPN" {
			continue
		}
		g := heads[h] - 1
		c := firstCase(lower, heads, rels, h)
		if g < 0 || g > h || c == "" || !isNounTag(upos[g]) {
			continue
		}
		parallel := false
		for j := k + 1; j < len(lower); j++ {
			if rels[j] == "nmod" && firstCase(lower, heads, rels, j) == c && dominates(heads, k, j) {
				parallel = true
				break
			}
		}
		if !parallel {
			continue
		}
		heads[k] = g + 1
		changed = true
	}
	return changed
}

// dominates reports whether word a is an ancestor of word b.
func dominates(heads []int, a, b int) bool {
	for h, n := heads[b]-1, 0; h >= 0 && n < len(heads); h, n = heads[h]-1, n+1 {
		if h == a {
			return true
		}
	}
	return false
}

// fixCasedAppos repairs a prepositional phrase read as an apposition:
// "said on Saturday, out of a population estimated at 120,000" parsed
// population/appos -> Saturday. An apposition renames its head and takes
// no preposition; a phrase that has one modifies it.
func fixCasedAppos(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		if rels[k] == "appos" && firstCase(lower, heads, rels, k) != "" {
			rels[k] = "nmod"
			changed = true
		}
	}
	return changed
}

// fixComplementizer repairs a complement clause read as a relative one:
// "declared Tuesday that China must drop barriers" parsed that/obj ->
// drop, drop/acl:relcl -> Tuesday. A relative "that" fills a gap in its
// clause; where the clause already has that argument, "that" is a
// complementizer and the clause the complement of the verb above.
func fixComplementizer(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		if lower[k] != "that" || rels[k] != "obj" && rels[k] != "nsubj" {
			continue
		}
		v := heads[k] - 1
		if v < 0 || v < k || rels[v] != "acl:relcl" || !isVerbTag(upos[v]) {
			continue
		}
		filled := false
		for j := range lower {
			if j != k && heads[j]-1 == v && rels[j] == rels[k] {
				filled = true
			}
		}
		up := verbAbove(upos, heads, v)
		if !filled || up < 0 {
			continue
		}
		heads[k], rels[k] = v+1, "mark"
		upos[k] = "SCONJ"
		heads[v], rels[v] = up+1, "ccomp"
		changed = true
	}
	return changed
}

// fixAgentFor repairs the reason of a passive act hung on its agent:
// "indicted by the war crimes court for his part in atrocities" parsed
// part/nmod -> court. A common-noun agent rarely takes a "for" phrase of
// its own (a named body does: "the Commission for Human Rights"), the act
// does.
func fixAgentFor(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		a := heads[k] - 1
		if rels[k] != "nmod" || a < 0 || rels[a] != "obl:agent" || upos[a] != "NOUN" || upos[k] != "NOUN" {
			continue
		}
		if firstCase(lower, heads, rels, k) != "for" {
			continue
		}
		heads[k], rels[k] = heads[a], "obl"
		changed = true
	}
	return changed
}

// misplacedSubject returns the nominal subject of verb v that stands
// before subordinator k, right after a verb with no object of its own
// (only determiners, adjectives and adverbs between them), or -1.
func misplacedSubject(upos []string, heads []int, rels []string, v, k int) int {
	for j := 0; j < k; j++ {
		if heads[j]-1 != v || rels[j] != "nsubj" || !isNounTag(upos[j]) {
			continue
		}
		u := j - 1
		for u >= 0 && (upos[u] == "DET" || upos[u] == "ADJ" || upos[u] == "ADV" || upos[u] == "NUM") {
			u--
		}
		if u < 0 || !isVerbTag(upos[u]) || hasKid(heads, rels, u, "obj") {
			return -1
		}
		for c := range heads {
			if c != v && heads[c]-1 == u && (rels[c] == "ccomp" || rels[c] == "xcomp") {
				return -1
			}
		}
		return j
	}
	return -1
}
