package events

import "sitrep/internal/doc"

// Event filters of the hW round, run on a sentence's events before
// dedupe (sentence_code.go): one act reported by two coordinated verbs,
// and "backed by tanks", which names means, not support.

// foldCoordinatedForce drops the event of a violent act coordinated with
// the verb of its result on the same victim ("soldiers shot and killed a
// teenager", "a gunman shot and wounded the mayor"): the two verbs
// report one act, coded from the result. It pairs with fixPastBeforeConj,
// which gives "shot" there its verb tag.
func (s *sent) foldCoordinatedForce(evs []doc.Event) []doc.Event {
	at := map[int]int{} // token -> index of its first event
	for n, e := range evs {
		if e.Verb == nil {
			continue
		}
		for i := range s.toks {
			if s.span(i).Start == e.Verb.Start {
				if _, ok := at[i]; !ok {
					at[i] = n
				}
				break
			}
		}
	}
	drop := map[int]bool{}
	for i, n := range at {
		for _, k := range s.kids[i] {
			m, ok := at[k]
			if !ok || s.rel(k) != "conj" || !resultVerbs[lemma(s.low(k))] {
				continue
			}
			a, b := evs[n], evs[m]
			if a.Source == b.Source && a.Root >= "18" && b.Root >= "18" {
				drop[n] = true
			}
		}
	}
	if len(drop) == 0 {
		return evs
	}
	out := evs[:0]
	for n, e := range evs {
		if !drop[n] {
			out = append(out, e)
		}
	}
	return out
}

// resultVerbs report what a violent act did to its victim.
var resultVerbs = map[string]bool{"kill": true, "wound": true, "injure": true, "maim": true}

// dropMeansSupport drops the support event of a participle whose
// by-phrase names weapons, not a party: in "troops backed by tanks and
// helicopters stormed the town" the tanks are the troops' means, and no
// one expressed support (05). A party as agent ("militias backed by the
// army") keeps its event.
func (s *sent) dropMeansSupport(evs []doc.Event) []doc.Event {
	out := evs[:0]
	for _, e := range evs {
		if e.Verb == nil || e.Root != "05" || !s.meansSupport(e.Verb.Start) {
			out = append(out, e)
		}
	}
	return out
}

// meansSupport reports whether the token at byte offset start is a
// support participle ("backed", "supported") modifying a noun, with a
// by-phrase of weapons.
func (s *sent) meansSupport(start int) bool {
	for i := range s.toks {
		if s.span(i).Start != start {
			continue
		}
		if s.rel(i) != "acl" || !supportParticiples[s.low(i)] {
			return false
		}
		for _, k := range s.kids[i] {
			if s.caseOf(k) == "by" && forceMeans[lemma(s.low(k))] {
				return true
			}
		}
		return false
	}
	return false
}

// supportParticiples are the participles of support that take weapons
// as their means.
var supportParticiples = map[string]bool{"backed": true, "supported": true, "covered": true,
	"escorted": true, "assisted": true}
