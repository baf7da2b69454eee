package events

// FixTree repairs, in place, parser errors that hide an event and
// that the tagger's tags cannot prevent. heads are 1-based (0 = root), as
// the parser gives them. It reports whether anything changed.
//
//  1. A table verb in the past read as a participle modifying its own
//     object, in a sentence whose root is then a noun: "Russia voiced
//     concern over ..." parsed voiced/amod -> concern/root. The verb
//     becomes the root, the nominal before it its subject, the noun its
//     object.
//  2. A prepositional phrase hung on a time oblique between a verb and
//     its complement: "agreed on Wednesday to a ceasefire" parsed
//     ceasefire/nmod -> Wednesday. A time word takes no such modifier, so
//     the phrase moves up to the verb.
//  3. Clause and phrase attachments that models get wrong in ways the
//     language rules out: see repair_clauses.go.
func (l *Lexicon) FixTree(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		h := heads[i] - 1
		if rels[i] != "amod" || h <= i || h < 0 || rels[h] != "root" || !isNounTag(upos[h]) {
			continue
		}
		w := lower[i]
		if len(w) < 4 || w[len(w)-2:] != "ed" || !l.hasVerb(w) {
			continue
		}
		subj := i - 1
		if !isNounTag(upos[subj]) && upos[subj] != "PRON" || heads[subj]-1 != h && heads[subj]-1 != i {
			continue
		}
		heads[i], rels[i] = 0, "root"
		upos[i] = "VERB"
		heads[subj], rels[subj] = i+1, "nsubj"
		heads[h], rels[h] = i+1, "obj"
		for k := range heads {
			if heads[k]-1 == h && (rels[k] == "punct" || k < i) && k != i {
				heads[k] = i + 1
			}
		}
		changed = true
		break // one root per sentence
	}
	for k := range lower {
		h := heads[k] - 1
		if rels[k] != "nmod" || h < 0 || h > k || !timeWords[lower[h]] || rels[h] != "obl" {
			continue
		}
		v := heads[h] - 1
		if v < 0 || !isVerbTag(upos[v]) || v > h {
			continue
		}
		if c := firstCase(lower, heads, rels, k); c == "" || c == "of" {
			continue
		}
		heads[k], rels[k] = v+1, "obl"
		changed = true
	}
	for _, fix := range clauseRepairs {
		if fix(lower, upos, heads, rels) {
			changed = true
		}
	}
	changed = l.fixNounRootPredicate(lower, upos, heads, rels) || changed // repair_hw.go
	return changed
}

// clauseRepairs run in this order after the local repairs above; each
// reports whether it changed the tree.
var clauseRepairs = []func(lower, upos []string, heads []int, rels []string) bool{
	fixSubordinator, fixClausalAmod, fixFrontedModifier, fixParallelConj,
	fixCasedAppos, fixComplementizer, fixAgentFor, fixSubordinateObl, fixParallelThat,
	fixNominalRoot, fixFrontedParticiple,
	fixAclPredicate, // repair_v13.go
	// repair_tree_hr.go
	fixParticleObject, fixReducedRelative,
	// repair_hw.go
	fixAgentRelative,
	// repair_tree_hz.go
	fixCoordinatedNationality,
	// rules_hd2.go
	fixCsubjConj,
}

// firstCase returns the first case marker of word k ("to" in "to a
// ceasefire"), or "".
func firstCase(lower []string, heads []int, rels []string, k int) string {
	for j := 0; j < k; j++ {
		if heads[j]-1 == k && rels[j] == "case" {
			return lower[j]
		}
	}
	return ""
}

// hasVerb reports whether a lower-case word is a form of a verb pattern.
func (l *Lexicon) hasVerb(w string) bool {
	for _, p := range l.t.byForm[w] {
		if !p.Noun {
			return true
		}
	}
	return false
}

// timeWords head the time obliques that sit between a verb and its
// complement in news prose.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true,
	"week": true, "month": true, "year": true, "day": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}
