package events

import "strings"

// fixAgentRelative repairs a participle that modifies its noun, read
// as the sentence's main verb: in "A car bomb planted by militants tore
// through the market" the parser made "planted" the root with "bomb" its
// subject and hung the real predicate "tore" below it, so the attack had
// no subject and "planted" none of its own. A participle in "-ed" or
// "-en" right after its noun, with no auxiliary, object or subject of
// its own but an agent ("by militants"), followed by a finite verb that
// has no subject, no conjunction and no comma before it, is a reduced
// relative clause: the noun is the later verb's subject and the
// participle its modifier (acl). 0-based k, 1-based heads.
func fixAgentRelative(lower, upos []string, heads []int, rels []string) bool {
	if fixRelativeAsSubject(lower, upos, heads, rels) {
		return true
	}
	for k := 1; k < len(lower); k++ {
		if rels[k] != "root" || upos[k] != "VERB" || !strings.HasSuffix(lower[k], "ed") && !strings.HasSuffix(lower[k], "en") {
			continue
		}
		n := k - 1
		if heads[n]-1 != k || rels[n] != "nsubj" || !isNounTag(upos[n]) {
			continue
		}
		if hasKid(heads, rels, k, "aux", "aux:pass", "obj", "iobj", "nsubj:pass", "cop") {
			continue
		}
		agent, m := -1, -1
		for j := k + 1; j < len(lower); j++ {
			if heads[j]-1 != k {
				continue
			}
			switch rels[j] {
			case "obl:agent":
				if agent < 0 {
					agent = j
				}
			case "ccomp", "parataxis", "conj", "advcl", "dep", "xcomp":
				if m < 0 && agent >= 0 && upos[j] == "VERB" && !strings.HasSuffix(lower[j], "ing") {
					m = j
				}
			}
		}
		if agent >= 0 && m < 0 {
			// "a bomb planted by rebels exploded in ...": the predicate
			// hung on the agent noun as its modifier.
			for j := agent + 1; j < len(lower); j++ {
				if heads[j]-1 == agent && (rels[j] == "acl" || rels[j] == "acl:relcl") && upos[j] == "VERB" && !strings.HasSuffix(lower[j], "ing") {
					m = j
					break
				}
			}
		}
		if agent < 0 || m < 0 || hasKid(heads, rels, m, "nsubj", "nsubj:pass", "csubj", "cc", "mark", "aux:pass") {
			continue
		}
		comma := false
		for j := k + 1; j < m; j++ {
			if upos[j] == "PUNCT" || upos[j] == "SCONJ" || upos[j] == "CCONJ" && (heads[j]-1 == m || heads[j]-1 == k) {
				comma = true
			}
		}
		if comma {
			continue
		}
		heads[m], rels[m] = 0, "root"
		heads[n], rels[n] = m+1, "nsubj"
		heads[k], rels[k] = n+1, "acl"
		for j := m + 1; j < len(lower); j++ {
			if h := heads[j] - 1; h == k || h == agent && rels[j] == "punct" {
				heads[j] = m + 1 // the predicate's later dependents and final punctuation
			}
		}
		return true // one root per sentence
	}
	return false
}

// fixRelativeAsSubject repairs the other reading of a reduced relative
// clause: in "Hackers angered by the cartoons have defaced ..." the
// parser made the participle the subject of the main verb and the noun
// the participle's subject. A participle in "-ed" or "-en" with a
// by-phrase, right after its noun, that is the subject of a later verb
// with no other subject, is the noun's modifier; the noun is the
// subject. 0-based k, 1-based heads.
func fixRelativeAsSubject(lower, upos []string, heads []int, rels []string) bool {
	for k := 1; k < len(lower); k++ {
		if upos[k] != "VERB" || !strings.HasSuffix(lower[k], "ed") && !strings.HasSuffix(lower[k], "en") {
			continue
		}
		if r := rels[k]; r != "nsubj" && r != "nsubj:pass" && r != "csubj" {
			continue
		}
		v, n := heads[k]-1, k-1
		if v <= k || !isVerbTag(upos[v]) || heads[n]-1 != k || !isNounTag(upos[n]) {
			continue
		}
		if rels[n] != "nsubj" && rels[n] != "nsubj:pass" && rels[n] != "compound" || lower[k+1] != "by" || hasKid(heads, rels, k, "aux", "aux:pass", "obj") {
			continue
		}
		heads[n], rels[n] = v+1, rels[k]
		if rels[n] == "csubj" {
			rels[n] = "nsubj"
		}
		heads[k], rels[k] = n+1, "acl"
		return true
	}
	return false
}

// deviceAgent returns the agent of a device that a subject noun n names
// with its planter or firer ("a car bomb planted by militants tore
// through ...", "a rocket fired by rebels hit a school"): what the
// device does, its user did. Another subject keeps its own role ("the
// convoy attacked by gunmen carried aid": the gunmen carried nothing).
// It returns -1 when n names no device or no agent actor.
func (s *sent) deviceAgent(n int) int {
	if s.actor[n] != nil || !deviceNouns[lemma(s.low(n))] {
		return -1
	}
	for _, p := range s.kids[n] {
		if s.rel(p) != "acl" || s.upos(p) != "VERB" || p < n {
			continue
		}
		if k := s.byAgent(p); k >= 0 && s.actorAt(k, 1) != nil {
			return k
		}
	}
	return -1
}

// deviceNouns name the devices deviceAgent gives their user's agency.
var deviceNouns = map[string]bool{"bomb": true, "explosive": true, "device": true, "ied": true,
	"mine": true, "landmine": true, "rocket": true, "missile": true, "shell": true,
	"grenade": true, "mortar": true, "projectile": true, "drone": true}

// deviceHeads returns the device nouns whose agents deviceAgent gave
// as the sources src ("bomb" for "militants" in "a bomb planted by
// militants killed ..."), so the device still names the act's means.
func (s *sent) deviceHeads(src []int) []int {
	var out []int
	for _, k := range src {
		p := s.head(k)
		if p < 0 || s.rel(p) != "acl" {
			continue
		}
		if n := s.head(p); n >= 0 && s.deviceAgent(n) == k {
			out = append(out, n)
		}
	}
	return out
}

// fixNounRootPredicate repairs a sentence whose root the parser made a
// noun, hanging the real predicate below a noun of the subject phrase as
// its modifier: "The assassination of the minister by a car bomb shocked
// the region" (shocked/acl -> bomb), "Militias backed by the army burned
// villages" (burned/acl:relcl -> army), "In March the president gave
// them 48 hours" (gave/acl -> president, president -> March). A past
// form after the subject phrase, with no comma before it, no subject,
// auxiliary or subordinator of its own and a dependent right after it
// (its object), is the predicate: it becomes the root and the root noun
// (or, under a time word, the noun it hangs from) its subject. A
// participle with a by-phrase on the way ("backed by the army") is a
// reduced relative and is skipped; a subject the parser found inside that
// by-phrase is the participle's agent. fixAclPredicate (repair_v13.go)
// handles the verb right after a root noun. 0-based k, 1-based heads.
func (l *Lexicon) fixNounRootPredicate(lower, upos []string, heads []int, rels []string) bool {
	r := -1
	for k := range rels {
		if rels[k] == "root" {
			r = k
			break
		}
	}
	if r < 0 || !isNounTag(upos[r]) {
		return false
	}
	part := -1 // a reduced relative participle on the way
	for v := r + 1; v+1 < len(lower); v++ {
		if upos[v] == "PUNCT" || upos[v] == "SCONJ" || upos[v] == "CCONJ" || relatives[lower[v]] {
			return false
		}
		if upos[v] != "VERB" {
			continue
		}
		w := lower[v]
		if strings.HasSuffix(w, "ed") && lower[v+1] == "by" && part < 0 {
			part = v
			continue
		}
		if rels[v] != "acl" && rels[v] != "acl:relcl" {
			return false
		}
		if !strings.HasSuffix(w, "ed") && !l.pastOnly(w) {
			return false
		}
		if hasKid(heads, rels, v, "mark", "aux", "aux:pass", "cop", "nsubj:pass", "csubj") {
			return false
		}
		if !under(heads, v+1, v, 3) {
			return false // no object of its own right after it
		}
		switch upos[v+1] {
		case "DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON":
		default:
			return false
		}
		subj, time := r, -1
		if timeWords[lower[r]] {
			n := heads[v] - 1
			if n <= r || heads[n]-1 != r {
				return false
			}
			subj, time = n, r
		}
		for k := r + 1; k < v; k++ {
			if heads[k]-1 != v || rels[k] != "nsubj" {
				continue
			}
			if part < 0 || k < part || k == subj {
				return false // a subject of its own
			}
			heads[k], rels[k] = part+1, "obl:agent" // "backed by the army"
		}
		heads[v], rels[v] = 0, "root"
		heads[subj], rels[subj] = v+1, "nsubj"
		if time >= 0 {
			heads[time], rels[time] = v+1, "obl"
		}
		if rels[v+1] == "obl:agent" {
			rels[v+1] = "obj"
		}
		for j := v + 1; j < len(lower); j++ {
			if h := heads[j] - 1; (h == r || h == subj) && rels[j] == "punct" {
				heads[j] = v + 1
			}
		}
		return true
	}
	return false
}

// under reports whether token k hangs from token v within n steps.
func under(heads []int, k, v, n int) bool {
	for ; n > 0 && k >= 0; n-- {
		k = heads[k] - 1
		if k == v {
			return true
		}
	}
	return false
}
