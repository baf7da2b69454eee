package events

import "strings"

// The thing an act is about. A nominal trigger that is the object or
// prepositional complement of another trigger names what that act
// handles, not a second act: "called off a strike" is one concession,
// "claimed responsibility for the attack" one claim, "lifted the
// blockade" one easing, "complained over two air raids" one complaint.
// CAMEO codes the governing act; coding the noun too adds an event the
// sentence does not report as news.

// contentNoun reports whether nominal trigger k hangs, as an object or
// complement (directly or through one plain noun: "responsibility for
// the attack"), from another trigger in hits that is not a control
// frame (frames fold their acts themselves) and not a support verb's
// light noun. It returns the governing trigger, or -1.
func (s *sent) contentNoun(k int, hits map[int]*pattern) int {
	if !isNounTag(s.upos(k)) || s.actor[k] != nil {
		return -1
	}
	cur := k
	for n := 0; n < 2; n++ {
		switch s.rel(cur) {
		case "obj", "obl", "nmod", "iobj", "nsubj:pass":
		default:
			return -1
		}
		if cs := s.caseOf(cur); backgroundCases[cs] || meansCases[cs] {
			// "after the attack": a setting, left to background();
			// "killed in an air strike": the means, a more specific act.
			return -1
		}
		h := s.head(cur)
		if h < 0 {
			return -1
		}
		if s.crossesClause(h, k) {
			// A comma or conjunction between them: more likely a
			// coordination the parser attached to the wrong head.
			return -1
		}
		if hp := hits[h]; hp != nil {
			if hp.Frame != "" || (n == 0 && supportVerbs[lemma(s.low(h))] && sameRoot(hp, hits[k])) {
				// A support verb's object of the same kind is the act
				// itself ("held an emergency meeting", "started the
				// war"): it codes through the noun when the verb's own
				// pattern fails.
				return -1
			}
			return h
		}
		if !isNounTag(s.upos(h)) {
			return -1
		}
		cur = h
	}
	return -1
}

// meansCases mark a nominal as the means or circumstance of an act.
var meansCases = map[string]bool{"in": true, "by": true, "with": true, "through": true, "under": true, "via": true}

// perceptionVerbs report or witness an act without doing it: "witnessed
// the attack", "reported the withdrawal".
var perceptionVerbs = map[string]bool{"see": true, "witness": true, "report": true, "survive": true,
	"watch": true, "describe": true, "fear": true, "expect": true, "predict": true, "deny": true,
	"confirm": true, "say": true, "tell": true, "hear": true, "recall": true, "remember": true,
	"follow": true, "mark": true, "commemorate": true, "suffer": true, "escape": true, "flee": true}

// governingVerb returns the verb that takes nominal trigger i (or the
// noun it is a compound of: "mediation mission") as its direct object,
// or -1 when there is none or it only reports or suffers the act.
//
// A verb the table knows whose own pattern did not fire ("postponed the
// demonstration", "opposed the deployment") is about the act, not its
// doer; only support verbs and verbs outside the table count.
func (s *sent) governingVerb(i int, t *table) int {
	k := i
	if s.rel(k) == "compound" {
		if k = s.head(k); k < 0 {
			return -1
		}
	}
	if s.rel(k) != "obj" {
		return -1
	}
	h := s.head(k)
	if h < 0 || s.upos(h) != "VERB" || perceptionVerbs[verbLemma(s.low(h))] {
		return -1
	}
	if len(t.byForm[s.low(h)]) > 0 && !supportVerbs[lemma(s.low(h))] {
		return -1
	}
	return h
}

// verbLemma guesses the lemma of an inflected verb form for the small
// closed lists above: "following" -> "follow", "witnessed" -> "witness".
func verbLemma(w string) string {
	if l, ok := lemmaOf[w]; ok {
		return l
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if st, ok := strings.CutSuffix(w, suf); ok && len(st) > 2 {
			if perceptionVerbs[st] {
				return st
			}
			if perceptionVerbs[st+"e"] {
				return st + "e"
			}
		}
	}
	return w
}

// crossesClause reports whether a comma, semicolon or coordinating
// conjunction lies between tokens a and b.
func (s *sent) crossesClause(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if l := s.low(k); l == "," || l == ";" || s.upos(k) == "CCONJ" {
			return true
		}
	}
	return false
}

func sameRoot(a, b *pattern) bool { return a != nil && b != nil && a.Code[:2] == b.Code[:2] }
