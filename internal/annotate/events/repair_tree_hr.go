package events

import "strings"

// particleWords are the adverbs that form phrasal verbs with a verb right
// before them ("scale back", "call up", "hand over").
var particleWords = map[string]bool{"back": true, "up": true, "down": true, "off": true,
	"out": true, "over": true, "away": true}

// fixParticleObject moves a direct object hung on a verb's particle to the
// verb: "Russia scaled back its military operations" parsed
// operations/obj -> back. An adverb takes no object, so the object is the
// phrasal verb's, and the adverb its particle. It reports whether the tree
// changed. heads are 1-based.
func fixParticleObject(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		h := heads[k] - 1
		if rels[k] != "obj" || h <= 0 || !particleWords[lower[h]] || upos[h] != "ADV" && upos[h] != "ADP" {
			continue
		}
		v := heads[h] - 1
		if v != h-1 || !isVerbTag(upos[v]) {
			continue
		}
		heads[k] = v + 1
		rels[h] = "compound:prt"
		changed = true
	}
	return changed
}

// fixReducedRelative undoes a verb read as the dependent of a participle
// that follows its object: "Rebels freed a Chinese engineer kidnapped last
// month" parsed freed/obl -> kidnapped, engineer/nsubj -> kidnapped. A
// verb with a subject of its own, followed by a noun and a participle in
// "-ed" with no auxiliary, heads the clause: the noun is its object and the
// participle describes the noun. It reports whether the tree changed.
func fixReducedRelative(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for v := range lower {
		h := heads[v] - 1
		if upos[v] != "VERB" || h <= v || upos[h] != "VERB" || !strings.HasSuffix(lower[h], "ed") {
			continue
		}
		switch rels[v] {
		case "obl", "advcl", "nsubj", "dep", "obj":
		default:
			continue
		}
		subj, n := -1, -1
		for k := range lower {
			switch {
			case heads[k]-1 == v && rels[k] == "nsubj" && k < v:
				subj = k
			case heads[k]-1 == h && rels[k] == "nsubj" && k > v && k < h && isNounTag(upos[k]):
				n = k
			case heads[k]-1 == h && (rels[k] == "aux" || rels[k] == "aux:pass" || rels[k] == "cop"):
				n = -2 // "the engineer was kidnapped" is a clause
			}
		}
		if subj < 0 || n < 0 {
			continue
		}
		heads[v], rels[v] = heads[h], rels[h]
		heads[n], rels[n] = v+1, "obj"
		heads[h], rels[h] = n+1, "acl"
		changed = true
	}
	return changed
}
