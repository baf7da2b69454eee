package events

import "strings"

// Which clauses assert an act of their own. A trigger word in the content
// of another act ("accused X of violating the truce", "demanded talks to
// end the war"), in a purpose clause ("opened fire to disperse them") or
// in a background phrase ("since last month's invasion") does not report
// a new event: coding it would add an event the text never asserts.

// contentRoots are the roots whose complement is a proposition, not an
// act: appeals, investigations, demands, criticism, rejections, threats.
var contentRoots = map[string]bool{"02": true, "09": true, "10": true, "11": true, "12": true, "13": true}

// backgroundCases mark a nominal as the setting of the clause.
var backgroundCases = map[string]bool{"since": true, "after": true, "during": true, "following": true,
	"before": true, "amid": true, "despite": true, "until": true}

// background returns why trigger i is not an asserted act of its own, or "".
func (s *sent) background(i int, p *pattern, hits map[int]*pattern) string {
	if why := s.unasserted(i, p, hits); why != "" {
		return why
	}
	if why := s.notAsserted(i, p, hits); why != "" {
		return why
	}
	if why := s.allegedContent(i); why != "" { // rules_ha2.go
		return why
	}
	if p.Noun && backgroundCases[s.caseOf(i)] {
		return "a background phrase (" + s.caseOf(i) + ")"
	}
	if why := s.notYet(i, p); why != "" { // not_yet.go
		return why
	}
	if why := s.protestAim(i, p, hits); why != "" { // rules_hv.go
		return why
	}
	if !p.Noun {
		if r := s.rel(i); r == "advcl" || r == "acl" {
			if m := s.child(i, "mark"); m >= 0 && s.low(m) == "to" {
				// "marched to protest the law", "shunned work to
				// protest": the act done for it is itself the protest.
				// Unless that act is coded already.
				if h := s.head(i); p.Code[:2] == "14" && h >= 0 && hits[h] == nil {
					return ""
				}
				if h := s.head(i); h < 0 || hits[h] == nil || hits[h].Frame == "" {
					return "a purpose clause"
				}
				// "called on X to stop the attack", an infinitive the
				// parser hung as an adverbial: the appeal's content.
				if a := hits[s.head(i)]; !a.Say && contentRoots[a.Code[:2]] {
					return "the content of " + a.ID
				}
			}
		}
	}
	if !p.Noun {
		if why := s.backgroundClause(i, hits); why != "" {
			return why
		}
	}
	if why := s.inheritedBackground(i, p, hits); why != "" { // background_hx.go
		return why
	}
	if why := s.describing(i, p, hits); why != "" { // describing_hx.go
		return why
	}
	if a := s.contentAbove(i, hits); a != nil {
		return "the content of " + a.ID
	}
	return ""
}

// contentAbove returns the act whose content token k is, climbing at most
// four complement links ("said it would consider sending troops": the
// content of "said"), or nil.
func (s *sent) contentAbove(k int, hits map[int]*pattern) *pattern {
	for n := 0; n < 4 && k >= 0; n++ {
		if !s.embeds(k) {
			break
		}
		k = s.head(k)
		if k < 0 {
			break
		}
		if a := hits[k]; a != nil && !a.Say && contentRoots[a.Code[:2]] {
			return a
		}
	}
	return nil
}

// embeds reports whether token k is a complement of its head, so that an
// act at k would be the head's content; a coordinated or adverbial clause
// ("foist demands ... and Aliyev agreed", "by blocking it, X ...") is not.
func (s *sent) embeds(k int) bool {
	switch s.rel(k) {
	case "ccomp", "xcomp", "obj", "acl", "nmod", "nsubj:pass", "iobj", "compound":
		return true
	case "advcl":
		m := s.child(k, "mark")
		return m >= 0 && (s.low(m) == "of" || s.low(m) == "for" || s.low(m) == "that")
	}
	return false
}

// intentVerbs report a speaker's words: an act the speaker says someone
// will do is an expression of intent (03) or a threat (13), not a
// prediction.
var intentVerbs = map[string]bool{"say": true, "announce": true, "tell": true, "state": true,
	"declare": true, "confirm": true, "add": true, "report": true, "indicate": true}

// futureModals mark a stated future act; "may", "could" and "should"
// remain possibilities.
var futureModals = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true}

// possibleModals mark an act the agent holds open: said of force or
// sanctions ("may halt mediation", "could impose sanctions") it is a
// threat, as CAMEO codes a conditional warning.
var possibleModals = map[string]bool{"may": true, "might": true, "could": true}

// intent turns a stated future act into the intent or threat it
// expresses, when the sentence reports someone's words: "Portugal will
// support Turkey, its president said" is 032, "X will attack Y, it said"
// is 1384, "X may impose sanctions, its minister said" 131. A stated
// refusal of a future cooperative act ("said he would not provide
// support") is a rejection (12). It returns the new code and whether it
// applies; the act is then neither hypothetical nor negated.
func (s *sent) intent(i int, code string, neg bool) (string, bool) {
	if code == "" {
		return code, false
	}
	if s.considered(i) {
		return "014", true // "is considering sending troops"
	}
	if s.notRuledOut(i) {
		return "014", true // "has not ruled out sending troops" (ruled_out.go)
	}
	future, possible := false, false
	for _, k := range s.kids[i] {
		if s.rel(k) == "aux" && futureModals[s.low(k)] {
			future = true
		}
		if s.rel(k) == "aux" && possibleModals[s.low(k)] {
			possible = true
		}
		if s.rel(k) == "mark" && (s.low(k) == "if" || s.low(k) == "unless") {
			return code, false
		}
	}
	if !future && !possible {
		return code, false
	}
	spoken := false
	for k := range s.toks {
		if k != i && isVerbTag(s.upos(k)) && intentVerbs[lemma(s.low(k))] {
			spoken = true
		}
	}
	if !spoken {
		return code, false
	}
	r := code[:2]
	if neg {
		if future && r >= "03" && r <= "08" {
			if r == "03" {
				return "120", true
			}
			return frameCode("12", "120", code), true
		}
		return code, false
	}
	switch {
	case future && r == "03":
		// "said it would accept mediation": the stated intent itself
		return code, true
	case future && r >= "04" && r <= "08":
		return frameCode("03", "030", code), true
	case r >= "14" && r <= "20":
		return frameCode("13", "130", code), true
	}
	return code, false
}

// civilRoles are the role codes of non-state agents: a road they block
// is an obstruction (144), not a military blockade (191).
func civilRole(code string) bool {
	if code == "" {
		return true
	}
	for _, r := range []string{"OPP", "CVL", "LAB", "EDU", "REF"} {
		if strings.HasSuffix(code, r) {
			return true
		}
	}
	return false
}
