package events

import (
	"strings"

	"sitrep/internal/lexicon"
)

// Constructions of wire-service prose (round two of the PETRARCH GSR
// work), each written for the construction, not for one sentence:
//
//   - A title before a name the actor layer cannot code ("British Prime
//     Minister Gordon Brown", title/nmod:desc -> name): the person holds
//     the title's code, as with any modifier of the name.
//   - "agreed on Tuesday to lift sanctions" parsed lift/amod -> sanctions:
//     a word that takes the infinitive marker "to" is a verb, not an
//     attributive modifier; it becomes the complement of the verb above
//     and the noun its object.
//   - An act of force named by its means in a passive report: "were
//     killed in an Israeli air strike", "wounded by Israeli gunfire",
//     "killed in shelling by government forces". The agent of the
//     killing is the agent of the strike: a nationality adjective, a
//     possessor or a by-phrase of the act noun.

func init() {
	clauseRepairs = append(clauseRepairs, fixTitleDesc, fixInfinitiveAmod, fixPassiveSubject, fixNominalBy)
}

// fixTitleDesc makes a title that describes a name ("Minister" in
// "Foreign Minister Sergei Lavrov", nmod:desc) a compound of the name, so
// that the name takes the title's actor when it has none of its own.
func fixTitleDesc(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range rels {
		if rels[k] == "nmod:desc" && heads[k]-1 > k && isNounTag(upos[k]) && countryModified(lower, heads, k) {
			rels[k] = "compound"
			changed = true
		}
	}
	return changed
}

// countryModified reports whether title k is modified by the name or
// nationality of a country ("British Prime Minister", "Pakistan
// President"): a bare title ("President X") names no one's office.
func countryModified(lower []string, heads []int, k int) bool {
	for j := 0; j < k; j++ {
		if heads[j]-1 != k && !(heads[j]-1 > j && heads[j]-1 < k && heads[heads[j]-1]-1 == k) {
			continue
		}
		w := lower[j]
		if w == "" {
			continue
		}
		for _, e := range lexicon.Default().Lookup(capitalised(w)) {
			if e.Country != "" && (e.Kind == lexicon.KindAdjective || e.Kind == lexicon.KindCountry) {
				return true
			}
		}
	}
	return false
}

// fixInfinitiveAmod repairs an infinitive read as an attributive
// modifier of its own object: "agreed on Tuesday to lift sanctions on
// Iran" parsed lift/amod -> sanctions, sanctions/obl -> agreed, with
// "on" the case of sanctions. The verb becomes the complement of the verb
// above, the noun its object, and a time word before it takes back the
// preposition the noun had taken.
func fixInfinitiveAmod(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		if rels[k] != "amod" || upos[k] != "VERB" {
			continue
		}
		n := heads[k] - 1
		if n <= k || !isNounTag(upos[n]) {
			continue
		}
		to := -1
		for j := 0; j < k; j++ {
			if heads[j]-1 == k && rels[j] == "mark" && lower[j] == "to" {
				to = j
			}
		}
		v := heads[n] - 1
		if to < 0 || v < 0 || v > k || !isVerbTag(upos[v]) {
			continue
		}
		switch rels[n] {
		case "obl", "obj", "nmod", "xcomp":
		default:
			continue
		}
		for j := v + 1; j < to; j++ {
			if heads[j]-1 == n && rels[j] == "case" {
				// the preposition belongs to the time word before "to"
				for t := j + 1; t < to; t++ {
					if timeWords[lower[t]] {
						heads[j] = t + 1
						heads[t], rels[t] = v+1, "obl"
					}
				}
			}
		}
		for j := v + 1; j < to; j++ {
			if (heads[j]-1 == k && rels[j] != "mark") && timeWords[lower[j]] {
				heads[j], rels[j] = v+1, "obl"
			}
		}
		heads[k], rels[k] = v+1, "xcomp"
		heads[n], rels[n] = k+1, "obj"
		changed = true
	}
	return changed
}

// forceMeans are the nouns that name an act of force by its means or
// form when it is the cause of deaths or wounds.
var forceMeans = map[string]bool{"strike": true, "airstrike": true, "raid": true, "attack": true,
	"shelling": true, "bombing": true, "bombardment": true, "fire": true, "gunfire": true,
	"shell": true, "rocket": true, "missile": true, "ambush": true, "assault": true,
	"offensive": true, "operation": true, "crossfire": true, "barrage": true, "blast": true,
	"incursion": true, "onslaught": true, "sniper": true, "mortar": true,
	// weapons and platforms that name the means ("Israeli tank fire")
	"tank": true, "artillery": true, "drone": true, "warplane": true, "jet": true,
	"helicopter": true, "gunship": true, "warship": true}

// forceNationals gives a nationality adjective that modifies the means
// of an act of force ("an Israeli air strike", "Russian shelling") and
// that the actor layer left uncoded the actor of its country: it names
// whose act it was.
func (s *sent) forceNationals() {
	s.ownForces()
	s.nationalPlaces()
	for i := range s.toks {
		if s.actor[i] != nil || (s.rel(i) != "amod" && s.rel(i) != "compound") {
			continue
		}
		h := s.head(i)
		if h < 0 || !forceMeans[lemma(s.low(h))] {
			continue
		}
		if c := nationality(s.toks[i].Text); c != "" {
			s.actor[i] = &actorRef{Code: c, Span: s.span(i), Type: "NORP", Name: s.toks[i].Text}
		}
	}
}

// meansAgent returns the agent of a passive verb that names no agent but
// the means of the act ("were killed in an Israeli air strike", "wounded
// by Israeli gunfire", "killed in shelling by government forces"), or -1.
func (s *sent) meansAgent(i int) int {
	if s.child(i, "aux:pass") < 0 && s.child(i, "nsubj:pass") < 0 {
		return -1
	}
	for _, k := range s.kids[i] {
		r := s.rel(k)
		m := s.caseOf(k)
		if !((r == "obl" || r == "obl:agent" || r == "advcl") && (m == "in" || m == "by" || m == "under")) {
			continue
		}
		if !forceMeans[lemma(s.low(k))] {
			continue
		}
		for _, g := range s.kids[k] {
			switch s.rel(g) {
			case "amod", "nmod:poss", "compound":
				if a := s.actorAt(g, 1); a != nil && a.Code != "" {
					return g
				}
			case "obl:agent", "nmod", "obl":
				if s.caseOf(g) == "by" || s.caseOf(g) == "from" {
					if a := s.actorAt(g, 2); a != nil && a.Code != "" {
						return g
					}
				}
			}
		}
	}
	return -1
}

// fixPassiveSubject makes the subject of a verb with a passive auxiliary
// a passive subject: "Pakistan has been accused by India of backing
// militants" parsed Pakistan/nsubj -> accused, been/aux:pass -> accused.
// Only a passive that names its agent is changed. A passive with an infinitive ("is scheduled to attend", "was asked to
// mediate") keeps its subject: it is the agent of the infinitive.
func fixPassiveSubject(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range rels {
		if rels[k] != "nsubj" {
			continue
		}
		v := heads[k] - 1
		if v < 0 || !isVerbTag(upos[v]) || !hasKid(heads, rels, v, "aux:pass") || hasKid(heads, rels, v, "nsubj:pass", "xcomp") {
			continue
		}
		if !hasKid(heads, rels, v, "obl:agent") {
			continue // "were engaged in": no agent named, no change
		}
		rels[k] = "nsubj:pass"
		changed = true
	}
	return changed
}

// byNominals are acts named by a noun that takes its agent in a
// by-phrase ("the arrest of two lawmakers by Israeli forces"); nouns in
// -tion, -sion and -ment take one too.
var byNominals = map[string]bool{"arrest": true, "arrests": true, "killing": true, "killings": true,
	"murder": true, "abduction": true, "kidnapping": true, "capture": true, "release": true,
	"shelling": true, "bombing": true, "seizure": true, "assassination": true, "massacre": true,
	"attack": true, "attacks": true, "blockade": true, "raid": true, "raids": true, "crackdown": true,
	"takeover": true, "visit": true, "closure": true, "ban": true, "siege": true}

// fixNominalBy moves a by-phrase hung on the "of" complement of a
// nominal act up to the act: in "the arrest of two lawmakers by Israeli
// forces" the forces arrested, the lawmakers did not act.
func fixNominalBy(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range rels {
		if rels[k] != "nmod" || firstCase(lower, heads, rels, k) != "by" {
			continue
		}
		o := heads[k] - 1
		if o < 0 || o > k || rels[o] != "nmod" || firstCase(lower, heads, rels, o) != "of" {
			continue
		}
		a := heads[o] - 1
		if a < 0 || a > o || upos[a] != "NOUN" || !(byNominals[lower[a]] || actionSuffix(lower[a])) {
			continue
		}
		heads[k] = a + 1
		changed = true
	}
	return changed
}

func actionSuffix(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "tions", "sions", "ments"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// ownForces gives a role noun owned by a pronoun ("its warplanes",
// "their troops") the country of the agent that owns it: the subject of
// its clause, or, when the role noun is that subject, the subject of the
// report the clause is the content of ("Turkey said its warplanes had
// bombed ...").
func (s *sent) ownForces() {
	for i := range s.toks {
		a := s.actor[i]
		if a == nil || a.Type != "ROLE" || len(a.Code) != 3 {
			continue
		}
		p := s.child(i, "nmod:poss")
		if p < 0 || (s.low(p) != "its" && s.low(p) != "their") {
			continue
		}
		v := s.head(i)
		if v < 0 || !isVerbTag(s.upos(v)) {
			continue
		}
		n := s.child(v, "nsubj")
		if n == i || n < 0 {
			u := s.head(v)
			if u >= 0 && s.rel(v) == "acl:relcl" && timeWords[s.low(u)] {
				u = s.head(u) // "said on Friday that its forces ...", misread
			} else if s.rel(v) != "ccomp" {
				u = -1
			}
			if u < 0 {
				continue
			}
			n = s.child(u, "nsubj")
		}
		if n < 0 || n == i {
			continue
		}
		o := s.actorAt(n, 2)
		if o == nil || len(o.Code) < 3 || !isCountry(o.Code[:3]) || o.Type == "ROLE" {
			continue
		}
		r := *a
		r.Code = o.Code[:3] + a.Code
		s.actor[i] = &r
	}
}

// countryPlaces are places and things that belong to the country whose
// nationality modifies them: an act against "Georgian villages" or "the
// Chinese embassy" is an act against that country.
var countryPlaces = map[string]bool{"village": true, "town": true, "city": true, "island": true,
	"embassy": true, "consulate": true, "territory": true, "post": true, "position": true,
	"base": true, "airspace": true, "waters": true, "ship": true, "vessel": true, "plane": true,
	"aircraft": true, "convoy": true, "outpost": true, "camp": true, "checkpoint": true,
	"soil": true, "region": true, "province": true, "warship": true, "jet": true}

// nationalPlaces gives such a place, when nothing covers it, the actor
// of the country its nationality adjective names.
func (s *sent) nationalPlaces() {
	for i := range s.toks {
		if s.actor[i] != nil || !isNounTag(s.upos(i)) || !countryPlaces[lemma(s.low(i))] {
			continue
		}
		for _, c := range s.kids[i] {
			if s.rel(c) != "amod" && s.rel(c) != "compound" {
				continue
			}
			code := nationality(s.toks[c].Text)
			if a := s.actor[c]; a != nil && len(a.Code) == 3 && isCountry(a.Code) {
				code = a.Code
			}
			if code != "" {
				s.actor[i] = &actorRef{Code: code, Span: s.span(i), Type: "ROLE", Name: s.toks[i].Text}
				break
			}
		}
	}
}

// capitalised returns lower-case word w with its first letter in upper
// case, the form the gazetteer keeps one-word names in ("moscow" ->
// "Moscow"): Lookup matches all-lower-case input only to multi-word names.
func capitalised(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}
