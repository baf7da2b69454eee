package events

import "strings"

// Clause repairs of v13 (see repair_clauses.go), 0-based k, 1-based heads.

// fixAclPredicate repairs a finite verb read as a participle modifying
// its own subject in a sentence left without a verbal root: "Aid agencies
// distributed tents to survivors" parsed agencies/root, distributed/acl
// -> agencies, and "Tuesday the parliament approved a law" parsed
// Tuesday/root, parliament/obj -> Tuesday, approved/acl -> parliament. A
// past form right after a noun phrase, with an object of its own and no
// subject or subordinator, is the clause's predicate when the sentence's
// root is that noun or a time word the noun hangs on: the verb becomes
// the root, the noun its subject, the time word its oblique.
func fixAclPredicate(lower, upos []string, heads []int, rels []string) bool {
	for v := 1; v < len(lower); v++ {
		if rels[v] != "acl" || upos[v] != "VERB" || !strings.HasSuffix(lower[v], "ed") {
			continue
		}
		n := heads[v] - 1
		if n < 0 || n != v-1 || !isNounTag(upos[n]) {
			continue
		}
		if !hasKid(heads, rels, v, "obj") || hasKid(heads, rels, v, "nsubj", "nsubj:pass", "mark", "aux", "aux:pass") {
			continue
		}
		r := n
		if rels[n] != "root" {
			r = heads[n] - 1
			if r < 0 || r > n || rels[r] != "root" || !timeWords[lower[r]] || rels[n] != "obj" && rels[n] != "appos" {
				continue
			}
		}
		if !isNounTag(upos[r]) {
			continue
		}
		heads[v], rels[v] = 0, "root"
		heads[n], rels[n] = v+1, "nsubj"
		if r != n {
			heads[r], rels[r] = v+1, "obl:unmarked"
		}
		for j := v + 1; j < len(lower); j++ {
			if (heads[j]-1 == n || heads[j]-1 == r) && rels[j] == "punct" {
				heads[j] = v + 1
			}
		}
		return true // one root per sentence
	}
	return false
}
