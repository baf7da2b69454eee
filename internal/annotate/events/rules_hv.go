package events

import "strings"

// dev2 (hV) rules: acts whose CAMEO code depends on who does them, the
// purchase of goods named by its noun, and nouns the tagger reads as verbs.

func init() {
	// "stepped up purchases of Russian crude", "Egypt's purchase of
	// jets": the noun names the same trade as the verb (061).
	nominalOf["purchase"] = "purchase"
	// Forms of the verbs done "jointly" (table.txt "# dev2 (hV)").
	irregular["build"] = []string{"built"}
	irregular["run"] = []string{"ran"}
	// Military formations act as armed forces ("a platoon fired on the
	// crowd"), like the brigades of agents_hi.go. "Division" and "corps"
	// are left out ("the division of Cyprus", "the press corps"), and so
	// is "flotilla" (aid flotillas).
	for _, w := range []string{"platoon", "squadron"} {
		for _, f := range nounForms(w) {
			if roleOf[f] == "" {
				roleOf[f] = "MIL"
			}
		}
	}
}

// Civilians, workers and protesters do not use military force: a strike
// they launch is a labour strike (143, "conduct strike or boycott"), and
// a road they block is an obstruction (144, "obstruct passage, block"),
// not a military blockade (191). The same verbs with a state or armed
// subject keep their code.

// civilianRoles are the role codes of agents who protest rather than
// fight: the opposition and protesters, workers, civilians, students,
// doctors, farmers, refugees.
var civilianRoles = map[string]bool{"OPP": true, "LAB": true, "CVL": true, "EDU": true, "HLH": true, "AGR": true, "REF": true}

// civilianNouns are common nouns for such agents that roleOf (agents.go)
// does not list.
var civilianNouns = map[string]bool{"farmer": true, "trucker": true, "driver": true, "fisherman": true,
	"fishermen": true, "docker": true, "taxi": true, "youth": true, "pensioner": true, "shopkeeper": true,
	"trader": true, "merchant": true, "employee": true, "staff": true, "nurse": true, "teacher": true,
	"student": true, "mob": true, "picket": true}

// strikeNouns are the objects of a labour strike.
var strikeNouns = map[string]bool{"strike": true, "walkout": true, "stoppage": true}

// civilianAct returns 143 or 144 when force verb i (root 19) has a
// civilian subject and a strike for object (143), or is a blockade (191)
// by a civilian subject (144); else "".
func (s *sent) civilianAct(i int, p *pattern) string {
	if p.Noun || len(p.Code) < 2 || p.Code[:2] != "19" || !s.civilianSubject(i) {
		return ""
	}
	if o := s.child(i, "obj"); o >= 0 && strikeNouns[lemma(s.low(o))] {
		for _, m := range s.kids[o] {
			if s.low(m) == "hunger" {
				return "142"
			}
		}
		return "143"
	}
	if p.Code == "191" {
		return "144"
	}
	return ""
}

// civilianSubject reports whether the subject of verb i, or a conjunct of
// it, is a civilian agent: by its actor's role code or by its noun.
func (s *sent) civilianSubject(i int) bool {
	n := s.child(i, "nsubj")
	if n < 0 {
		return false
	}
	for _, k := range s.conjuncts(n) {
		if a := s.actor[k]; a != nil && len(a.Code) >= 3 && civilianRoles[a.Code[len(a.Code)-3:]] {
			return true
		}
		l := lemma(s.low(k))
		if civilianRoles[roleOf[s.low(k)]] || civilianRoles[roleOf[l]] || civilianNouns[s.low(k)] || civilianNouns[l] {
			return true
		}
	}
	return false
}

// Quantity heads. In "took in more than a million asylum seekers" or
// "handed back hundreds of looted artefacts" the parser may make the
// quantity word the verb's object and hang the counted noun from it; the
// counted noun is what the object class is about.

// quantityHeads are the words that count a noun phrase they head.
var quantityHeads = map[string]bool{"more": true, "less": true, "fewer": true, "over": true,
	"some": true, "most": true, "many": true, "all": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true, "tens": true, "scores": true, "number": true,
	"total": true, "majority": true, "batch": true, "consignment": true, "shipment": true,
	"$": true, "€": true, "£": true, "million": true, "billion": true}

// quantityCounts reports whether object c of a verb is a quantity head
// whose counted noun (an "of", "than" or bare dependent) has one of the
// lemmas in want.
func (s *sent) quantityCounts(c int, want []string) bool {
	if !quantityHeads[s.low(c)] {
		return false
	}
	for _, g := range s.kids[c] {
		switch s.rel(g) {
		case "obl", "nmod", "conj":
			if isNounTag(s.upos(g)) && !s.attribution(g) && s.lemmaIn(g, want) {
				return true
			}
			for _, m := range s.kids[g] {
				if r := s.rel(m); (r == "compound" || r == "amod") && s.lemmaIn(m, want) {
					return true
				}
			}
		}
	}
	return false
}

// Refuge granted without a named giver: in "the Dalai Lama was given
// refuge in India" or "he was granted asylum in Sweden" the country where
// refuge is found is the one that grants it (075). A "by" giver the
// parser hangs on the noun ("given asylum by Sweden") is the giver too.

// refugeGranter returns the "in" or "by" country of passive asylum verb
// i without a by-agent of its own, or -1.
func (s *sent) refugeGranter(i int, p *pattern) int {
	passive := s.child(i, "nsubj:pass") >= 0 || s.child(i, "aux:pass") >= 0
	if p.Noun || p.Code != "075" || !passive || s.child(i, "obl:agent") >= 0 {
		return -1
	}
	places := append([]int{}, s.kids[i]...)
	if o := s.child(i, "obj"); o >= 0 {
		places = append(places, s.kids[o]...) // "given refuge in India"
	}
	for _, k := range places {
		if r, cs := s.rel(k), s.caseOf(k); (r == "obl" || r == "nmod") && (cs == "in" || cs == "by") {
			if a := s.actor[k]; a != nil && len(a.Code) == 3 && isCountry(a.Code) {
				return k
			}
		}
	}
	return -1
}

// A protest's aim. "Women marched in Kabul to demand the right to work",
// "rioters burned cars, demanding the minister's resignation": the demand
// is what the protest is for (CAMEO 141x-145x name the aim), not a
// second act.

// protestAim returns why demand verb i is folded into the protest it
// completes, or "".
func (s *sent) protestAim(i int, p *pattern, hits map[int]*pattern) string {
	if p.Noun || p.Code[:2] != "10" {
		return ""
	}
	switch s.rel(i) {
	case "xcomp", "advcl", "acl":
	default:
		return ""
	}
	if h := s.head(i); h >= 0 && hits[h] != nil && hits[h].Code[:2] == "14" {
		return "the aim of the protest at " + hits[h].ID
	}
	return ""
}

// Ultimatums. "Gave the junta one week to reinstate the president",
// "gave him 48 hours to leave": a time limit given for an act is an
// ultimatum (139); given to a foreign diplomat to leave, an expulsion
// (174). table.txt has "139 v give", which this guard limits to the
// construction.

// timeLimits are the nouns of a time limit.
var timeLimits = map[string]bool{"hour": true, "day": true, "week": true, "month": true, "year": true}

// notUltimatum reports whether bare pattern p of "give" at i lacks the
// ultimatum construction: a time-limit noun and a "to" infinitive.
func (s *sent) notUltimatum(i int, p *pattern) bool {
	if p.Noun || p.Lemma != "give" || p.Code != "139" || len(p.Obj) > 0 {
		return false
	}
	return s.ultimatumAct(i) < 0
}

// ultimatumAct returns the infinitive of the act demanded by "give" at i
// ("gave X a week to leave" -> leave), when a time-limit noun is given,
// else -1.
func (s *sent) ultimatumAct(i int) int {
	limit := -1
	for _, c := range s.kids[i] {
		switch s.rel(c) {
		case "obj", "iobj", "obl", "obl:unmarked", "obl:tmod":
			if timeLimits[lemma(s.low(c))] && s.caseOf(c) == "" {
				limit = c
			}
		}
	}
	if limit < 0 {
		return -1
	}
	// "gave the lawyers a week to respond": a procedural time limit
	// threatens nothing.
	for _, h := range []int{i, limit} {
		for _, c := range s.kids[h] {
			if r := s.rel(c); (r == "xcomp" || r == "advcl" || r == "acl") && isVerbTag(s.upos(c)) {
				if m := s.child(c, "mark"); m >= 0 && s.low(m) == "to" {
					if procedural[lemma(s.low(c))] {
						return -1
					}
					return c
				}
			}
		}
	}
	return -1
}

// procedural are acts a time limit asks for without a threat.
var procedural = map[string]bool{"respond": true, "reply": true, "comment": true, "submit": true,
	"file": true, "prepare": true, "apply": true, "register": true, "appeal": true, "decide": true,
	"consider": true, "review": true, "answer": true}

// envoyWords name the diplomats an expulsion sends home.
var envoyWords = map[string]bool{"diplomat": true, "ambassador": true, "envoy": true, "attache": true,
	"consul": true, "charge": true}

// ultimatumKind returns 174 when the ultimatum at i tells a diplomat to
// leave, else "".
func (s *sent) ultimatumKind(i int, p *pattern) string {
	if p.Noun || p.Lemma != "give" || p.Code != "139" {
		return ""
	}
	a := s.ultimatumAct(i)
	if a < 0 || lemma(s.low(a)) != "leave" {
		return ""
	}
	for _, c := range s.kids[i] {
		if r := s.rel(c); r != "obj" && r != "iobj" {
			continue
		}
		if envoyWords[lemma(s.low(c))] {
			return "174"
		}
		// "accused a diplomat of spying and gave him a week to leave"
		if h := s.head(i); pronouns[s.low(c)] || s.low(c) == "him" || s.low(c) == "her" || s.low(c) == "them" {
			if o := s.child(h, "obj"); o >= 0 && s.rel(i) == "conj" && envoyWords[lemma(s.low(o))] {
				return "174"
			}
		}
		for _, m := range s.kids[c] {
			if envoyWords[lemma(s.low(m))] {
				return "174"
			}
		}
	}
	return ""
}

// Cooperating in a task. "The U.N. and Iraq cooperated in clearing mines":
// cooperation in doing something is material cooperation (060), not the
// diplomatic kind (050) that "cooperate" codes alone.

// cooperationTask returns 060 when cooperation verb i governs a gerund
// marked "in" or "on", else "".
func (s *sent) cooperationTask(i int, p *pattern) string {
	if p.Noun || p.Lemma != "cooperate" || p.Code != "050" {
		return ""
	}
	for _, c := range s.kids[i] {
		if r := s.rel(c); r != "advcl" && r != "xcomp" && r != "obl" {
			continue
		}
		if !strings.HasSuffix(s.low(c), "ing") || !isVerbTag(s.upos(c)) {
			continue
		}
		if m := s.caseOf(c); m == "in" || m == "on" {
			return "060"
		}
	}
	return ""
}
