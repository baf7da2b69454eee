package events

import "strings"

// fixNominalRoot repairs a clause whose subject phrase the parser took for
// the sentence's root: "About 200 supporters of the former leader Omar
// Haddad blocked roads" parsed supporters/root, blocked/acl -> supporters,
// Haddad/nsubj -> blocked, with "of" and "former" hung on the verb. A
// participle modifying a noun takes no subject of its own, so when the
// subject it was given sits between the noun and the verb behind an "of",
// the verb is the predicate, the noun its subject, and the name the
// noun's "of" complement. 0-based k, 1-based heads.
func fixNominalRoot(lower, upos []string, heads []int, rels []string) bool {
	for v := range lower {
		if rels[v] != "acl" || upos[v] != "VERB" {
			continue
		}
		n := heads[v] - 1
		if n < 0 || n > v || rels[n] != "root" || !isNounTag(upos[n]) {
			continue
		}
		s := -1
		for j := n + 1; j < v; j++ {
			if heads[j]-1 == v && rels[j] == "nsubj" && isNounTag(upos[j]) {
				s = j
			}
		}
		if s < 0 {
			continue
		}
		of := -1
		for j := n + 1; j < s; j++ {
			if rels[j] == "case" && lower[j] == "of" && (heads[j]-1 == v || heads[j]-1 == s) {
				of = j
			}
		}
		if of < 0 {
			continue
		}
		heads[v], rels[v] = 0, "root"
		heads[n], rels[n] = v+1, "nsubj"
		heads[s], rels[s] = n+1, "nmod"
		for j := n + 1; j < s; j++ {
			if heads[j]-1 == v {
				heads[j] = s + 1
			}
		}
		for j := v + 1; j < len(lower); j++ {
			if heads[j]-1 == n && rels[j] == "punct" {
				heads[j] = v + 1
			}
		}
		return true // one root per sentence
	}
	return false
}

// fixFrontedParticiple repairs a participle that opens the subject phrase
// read as an adverbial clause taking the subject as its object: "Newly
// elected Kenyan President John Mwangi has refused to ..." parsed
// elected/advcl -> refused, Mwangi/obj -> elected, with refused left
// without a subject. With no comma between them, the object right before
// the verb's auxiliaries is that verb's subject and the participle its
// modifier. 0-based k, 1-based heads.
func fixFrontedParticiple(lower, upos []string, heads []int, rels []string) bool {
	for v := range lower {
		if rels[v] != "advcl" || upos[v] != "VERB" || !strings.HasSuffix(lower[v], "ed") && !strings.HasSuffix(lower[v], "en") {
			continue
		}
		r := heads[v] - 1
		if r <= v || !isVerbTag(upos[r]) || hasKid(heads, rels, r, "nsubj", "nsubj:pass", "csubj") || hasKid(heads, rels, v, "nsubj", "nsubj:pass", "mark") {
			continue
		}
		o := -1
		for j := v + 1; j < r; j++ {
			if heads[j]-1 == v && rels[j] == "obj" {
				o = j
			}
		}
		if o < 0 {
			continue
		}
		ok := true
		for j := v + 1; j < r; j++ {
			if upos[j] == "PUNCT" || j > o && !(heads[j]-1 == r && (rels[j] == "aux" || rels[j] == "aux:pass" || rels[j] == "advmod")) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		heads[o], rels[o] = r+1, "nsubj"
		heads[v], rels[v] = o+1, "amod"
		return true
	}
	return false
}
