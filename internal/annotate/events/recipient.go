package events

// Codes and roles that depend on the construction around a trigger:
//
//   - A claim of a hostile act ("claimed that it had attacked the town")
//     is the claimer's 015 when the act is the claimer's own, an
//     accusation (112) against the one named as its agent otherwise; a
//     claimed peaceful act is coded as that act, as after "said".
//   - Military exercises a single agent holds alone show force (150); only
//     exercises held with a partner are military cooperation (062).
//   - Wanting or planning to investigate ("wants to inspect the sites")
//     reports the investigation (09): CAMEO has no intent code for it.
//   - An act received ("received assurances from X", "faces pressure from
//     X", "under pressure from X") is X's act towards the one receiving
//     it, the reverse of the support-verb reading ("X gave assurances").

// claimFrame is the frame name of "claim that ..." in table.txt.
const claimFrame = "15"

var exerciseWords = []string{"exercise", "drill", "maneuver", "manoeuvre", "wargame", "war-game", "manoeuver"}

// partnerWords on an exercise name a partner: joint drills are cooperation.
var partnerWords = map[string]bool{"joint": true, "combined": true, "bilateral": true, "trilateral": true,
	"multinational": true, "multilateral": true, "together": true, "jointly": true}

// recipientVerbs take an act done to their subject as object; the map
// holds their inflected forms.
var recipientVerbs = formSet("receive", "get", "obtain", "face", "win", "secure", "accept", "gain")

var irregularPast = map[string]string{"get": "got", "win": "won"}

func formSet(lemmas ...string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lemmas {
		out[irregularPast[l]] = true
		for _, f := range verbForms(l) {
			out[f] = true
		}
	}
	delete(out, "")
	return out
}

// adjustCode applies the first two rules above to the code of trigger i;
// "" (with a reason) drops the trigger.
func (s *sent) adjustCode(i int, p *pattern, code string, innerAt int, inner map[int]*pattern) (string, string) {
	if p.Frame == claimFrame {
		if innerAt < 0 {
			return "", "a claim of no act"
		}
		n := s.child(innerAt, "nsubj")
		own := n < 0 || pronouns[s.low(n)]
		if !own {
			a, b := s.actorAt(n, 2), s.actorAt(s.child(i, "nsubj"), 2)
			own = a != nil && b != nil && a.Code != "" && a.Code == b.Code
		}
		switch {
		case !claimFolds(inner[innerAt]):
			return "", "a claim of a peaceful act, coded as that act"
		case own:
			return "015", ""
		default:
			return "112", ""
		}
	}
	if a := s.refineCode(i, p, innerAt); a != "" {
		return a, ""
	}
	if code == "062" && !p.Noun && s.objectIs(i, exerciseWords, false) && !s.hasPartner(i) {
		return "150", ""
	}
	return code, ""
}

// hasPartner reports whether the exercises held at verb i have a partner:
// "joint", "with X", or a coordinated subject.
func (s *sent) hasPartner(i int) bool {
	if n := s.child(i, "nsubj"); n >= 0 && len(s.conjuncts(n)) > 1 {
		return true
	}
	check := func(h int) bool {
		for _, k := range s.kids[h] {
			if partnerWords[s.low(k)] {
				return true
			}
			if r := s.rel(k); (r == "obl" || r == "nmod") && s.caseOf(k) == "with" {
				return true
			}
		}
		return false
	}
	if check(i) {
		return true
	}
	o := s.child(i, "obj")
	return o >= 0 && check(o)
}

// claimFolds reports whether a claim folds the act it embeds: a claimed
// hostile act (threats, protests, force, 13-20) is claimed responsibility
// or an accusation; a claimed peaceful act ("claim that they agreed to
// the observers") is reported as that act, like a plain statement.
func claimFolds(p *pattern) bool { return p != nil && p.Code[:2] >= "13" }

// wantedInquiry returns the investigation a weak intent frame embeds
// ("wants to re-examine the refineries"), or "" and -1.
func (s *sent) wantedInquiry(i int, p *pattern, inner map[int]*pattern) (string, int) {
	if p.Frame != "03" || !p.Weak {
		return "", -1
	}
	for _, k := range s.kids[i] {
		if s.rel(k) != "xcomp" {
			continue
		}
		if ip := inner[k]; ip != nil && ip.Frame == "" && !ip.Noun && ip.Code[:2] == "09" {
			return ip.Code, k
		}
	}
	return "", -1
}

// receivedFrom returns, for a nominal act that its target receives, the
// giver (the "from" phrase) and the recipient (the receiving verb's
// subject), or -1 and -1.
func (s *sent) receivedFrom(i int, p *pattern) (giver, recipient int) {
	if !p.Noun {
		return -1, -1
	}
	h := s.head(i)
	if h < 0 || !isVerbTag(s.upos(h)) {
		return -1, -1
	}
	switch {
	case s.rel(i) == "obj" && recipientVerbs[s.low(h)]:
	case s.caseOf(i) == "under" && s.rel(i) == "obl":
		// "came under pressure from X", "is under pressure from X"
	default:
		return -1, -1
	}
	from := func(x int) int {
		for _, k := range s.kids[x] {
			if r := s.rel(k); (r == "nmod" || r == "obl") && s.caseOf(k) == "from" && s.actorAt(k, 2) != nil {
				return k
			}
		}
		return -1
	}
	g := from(i)
	if g < 0 {
		g = from(h)
	}
	if g < 0 {
		return -1, -1
	}
	return g, s.child(h, "nsubj")
}

// objectParticle reports whether the particle of phrasal pattern p heads a
// phrase the parser hung on the verb's object instead of the verb: "fired
// rockets at the town" (at -> rockets), "engaged the troops in a
// firefight" (in -> troops). Only "at" patterns and patterns whose object
// condition then holds qualify, so "called a meeting on X" stays no
// "call on".
func (s *sent) objectParticle(i int, p *pattern) bool {
	if p.Particle != "at" && len(p.Obj) == 0 {
		return false
	}
	for _, o := range s.kids[i] {
		if s.rel(o) != "obj" {
			continue
		}
		for _, g := range s.kids[o] {
			if s.rel(g) == "nmod" && s.caseOf(g) == p.Particle {
				return true
			}
		}
	}
	return false
}

// mutualNouns name a bond between parties: acting on it, two coordinated
// agents act toward each other.
var mutualNouns = []string{"partnership", "tie", "relation", "relationship", "cooperation", "alliance",
	"friendship", "bond", "link"}

// mutualObject reports whether the object of trigger i, or of the act it
// embeds at innerAt, is a bond between parties ("deepen a partnership").
func (s *sent) mutualObject(i, innerAt int) bool {
	for _, v := range []int{i, innerAt} {
		if v < 0 {
			continue
		}
		if o := s.child(v, "obj"); o >= 0 && s.lemmaIn(o, mutualNouns) {
			return true
		}
	}
	return false
}
