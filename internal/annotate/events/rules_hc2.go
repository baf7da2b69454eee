package events

import "strings"

// Rules of the hC2 round (wire-style recall on dev3.jsonl).
//
// Criticism voiced by someone other than the clause's subject: "X
// announced a fourth term, drawing criticism from the opposition", "the
// court acquitted the officers, prompting outrage among the families",
// "the vote sparked anger from Y". A noun of disapproval that is the
// object of a verb of causing or drawing a reaction has its agent in its
// "from" or "among" phrase (the people who react), and its patient in the
// subject of the causing verb (whoever's act drew the reaction): CAMEO
// 111 "criticize or denounce". The nouns are the table's lines under
// "# dev3 (hC2)".

// reactionNouns are the nouns of disapproval drawn from others.
var reactionNouns = map[string]bool{"criticism": true, "condemnation": true, "outrage": true,
	"anger": true, "fury": true, "indignation": true, "backlash": true, "rebuke": true, "reaction": true,
	"outcry": true, "censure": true}

// drawVerbs cause or draw a reaction from others, in each form (the
// table's lemmas do not cover these verbs).
var drawVerbs = wordForms("draw drew drawn draws drawing prompt prompted prompts prompting " +
	"spark sparked sparks sparking provoke provoked provokes provoking trigger triggered " +
	"triggers triggering attract attracted attracts attracting earn earned earns earning " +
	"elicit elicited elicits eliciting")

// wordForms returns the set of the space-separated words of list.
func wordForms(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// drawnReaction returns the causing verb and the reactors' head of
// reaction noun i in "drew criticism from X" / "prompting outrage among
// X", else -1, -1. A bare "reaction" must be judged ("an angry
// reaction"), since a reaction may also be approval.
func (s *sent) drawnReaction(i int) (int, int) {
	l := lemma(s.low(i))
	if !reactionNouns[l] || s.rel(i) != "obj" {
		return -1, -1
	}
	v := s.head(i)
	if v < 0 || !drawVerbs[s.low(v)] {
		return -1, -1
	}
	if l == "reaction" {
		judged := false
		for _, k := range s.kids[i] {
			if s.rel(k) == "amod" && angryAdjs[s.low(k)] {
				judged = true
			}
		}
		if !judged {
			return -1, -1
		}
	}
	for _, k := range s.kids[i] {
		if s.rel(k) == "nmod" && (s.caseOf(k) == "from" || s.caseOf(k) == "among") && s.actorAt(k, 1) != nil {
			return v, k
		}
	}
	for _, k := range s.kids[v] { // "drew from X sharp criticism"
		if s.rel(k) == "obl" && (s.caseOf(k) == "from" || s.caseOf(k) == "among") && s.actorAt(k, 1) != nil {
			return v, k
		}
	}
	return -1, -1
}

// angryAdjs judge a reaction as disapproval.
var angryAdjs = map[string]bool{"angry": true, "furious": true, "sharp": true, "hostile": true,
	"indignant": true, "strong": true, "fierce": true, "harsh": true}

// reactionSources returns the reactors of a drawn reaction noun, else nil.
func (s *sent) reactionSources(i int) []int {
	if _, k := s.drawnReaction(i); k >= 0 {
		return s.conjuncts(k)
	}
	return nil
}

// reactionTarget returns the actor whose act drew the reaction: the
// subject of the causing verb.
func (c *coder) reactionTarget(s *sent, i int, src []*actorRef) []*actorRef {
	v, _ := s.drawnReaction(i)
	if v < 0 {
		return nil
	}
	for _, k := range c.verbSubject(s, v, 0) {
		if a := s.actorAt(k, 1); a != nil && a.Code != "" && !hasCode(src, a.Code) {
			return []*actorRef{a}
		}
	}
	return nil
}
