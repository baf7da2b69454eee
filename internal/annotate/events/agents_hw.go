package events

import (
	"strings"

	"sitrep/internal/lexicon"
)

// Agents of the hW round, all named through a country the actor layer
// leaves uncoded:
//
//   - a coalition or force led by a country ("the Saudi-led coalition",
//     "US-led forces"): CAMEO codes the leading state as the actor of the
//     coalition (a coalition is no state of its own), with the role of a
//     role noun ("US-led troops" -> USAMIL). A party only backed, allied
//     with or based in a country ("Iranian-backed militias", "a
//     London-based group") is not that country: it keeps its own role
//     (REB), so only "-led" and its synonyms count here.
//   - a military unit or aircraft named by its nationality ("Soviet
//     airborne divisions", "Russian strategic bombers"): the noun alone
//     is too often civil or a person ("the trade division", "the press
//     corps", "a suicide bomber") to be a role noun, so it is MIL only
//     with a country modifier, and a suicide bomber never.
//   - the Soviet Union, a state of CAMEO's time (USR) that the gazetteer
//     of present states lacks: its adjective and demonym.

// ledSuffixes are the second halves of a hyphenated compound whose first
// half leads the party the compound modifies.
var ledSuffixes = []string{"-led", "-commanded", "-headed"}

// ledHeads are the nouns of a party led by a country that are not role
// nouns of their own.
var ledHeads = map[string]bool{"coalition": true, "coalitions": true, "alliance": true,
	"alliances": true, "bloc": true, "contingent": true, "contingents": true}

// unitNouns are the military units that are MIL only with a nationality.
var unitNouns = map[string]bool{"division": true, "divisions": true,
	"squadron": true, "squadrons": true, "platoon": true, "platoons": true, "infantry": true,
	"airborne": true, "garrison": true, "garrisons": true, "flotilla": true, "flotillas": true,
	"bomber": true, "bombers": true}

// formerStates are the adjectives and demonyms of states that no longer
// exist but have a CAMEO code.
var formerStates = map[string]string{"Soviet": "USR", "Soviets": "USR", "USSR": "USR"}

// ledCountry returns the code of the leader of a hyphenated "X-led"
// compound ("Saudi-led" -> SAU, "UN-led" -> IGOUNO), or "".
func ledCountry(w string) string {
	for _, suf := range ledSuffixes {
		if len(w) <= len(suf) || !strings.EqualFold(w[len(w)-len(suf):], suf) {
			continue
		}
		x := w[:len(w)-len(suf)]
		if c := nationality(x); c != "" {
			return c
		}
		for _, e := range lexicon.Default().Lookup(x) {
			switch e.Kind {
			case lexicon.KindCountry, lexicon.KindDemonym:
				if e.Country != "" {
					return e.Country
				}
			}
			if e.Code != "" && e.Type == "ORG" && strings.HasPrefix(e.Code, "IGO") {
				return e.Code
			}
		}
	}
	return ""
}

// ledAgents gives a party led by a country its leader's code, and a
// military unit with a nationality its country's military. It runs after
// genericAgents, which left such parties uncoded or without a country.
func (s *sent) ledAgents() {
	for i, t := range s.toks {
		if !isNounTag(t.UPOS) {
			continue
		}
		if former := formerStateName(s, i); former != "" {
			s.actor[i] = &actorRef{Code: former, Span: t.Span, Type: "GPE", Name: t.Text}
			continue
		}
		if a := s.actor[i]; a != nil && (a.Type != "ROLE" || len(a.Code) != 3) {
			continue // a named actor, or a role with its country already
		}
		if s.actor[i] == nil && t.UPOS == "PROPN" && formerStates[t.Text] != "" && strings.HasSuffix(t.Text, "s") {
			s.actor[i] = &actorRef{Code: formerStates[t.Text], Span: t.Span, Type: "NORP", Name: t.Text}
			continue
		}
		leader, country := "", ""
		for _, c := range s.kids[i] {
			if r := s.rel(c); r != "amod" && r != "compound" && r != "nmod:poss" || c > i {
				continue
			}
			if l := ledCountry(s.toks[c].Text); l != "" {
				leader = l
			} else if a := s.actor[c]; a != nil && len(a.Code) >= 3 && isCountry(a.Code[:3]) && a.Type != "ROLE" {
				country = a.Code[:3]
			} else if n := nationality(s.toks[c].Text); n != "" {
				country = n
			}
		}
		role := ""
		if a := s.actor[i]; a != nil {
			role = a.Code
		}
		switch {
		case leader != "" && (role != "" || ledHeads[t.Lower]):
			code := leader
			if role != "" && isCountry(leader[:3]) && !strings.HasPrefix(leader, "IGO") {
				code += role
			}
			s.actor[i] = &actorRef{Code: code, Span: t.Span, Type: "ROLE", Name: t.Text}
		case role == "" && country != "" && unitNouns[t.Lower] && !s.suicideBomber(i) && !s.civilUnit(i):
			s.actor[i] = &actorRef{Code: country + "MIL", Span: t.Span, Type: "ROLE", Name: t.Text}
		}
	}
}

// suicideBomber reports whether noun i is a bomber with "suicide": a
// person, not an aircraft ("a Palestinian suicide bomber").
func (s *sent) suicideBomber(i int) bool {
	for _, c := range s.kids[i] {
		if s.low(c) == "suicide" {
			return true
		}
	}
	return i > 0 && s.low(i-1) == "suicide"
}

// civilUnit reports whether unit noun i has a noun modifier that makes
// it civil ("the Russian trade division", "Chinese sales squadrons"):
// only military nouns ("tank divisions", "infantry brigades") and
// "air" keep it military.
func (s *sent) civilUnit(i int) bool {
	for _, c := range s.kids[i] {
		if s.rel(c) != "compound" || s.upos(c) != "NOUN" {
			continue
		}
		if w := s.low(c); roleOf[w] != "MIL" && !unitNouns[w] && !forceMeans[lemma(w)] && w != "air" {
			return true
		}
	}
	return false
}

// formerStateName returns the code of a former state that token i
// names: "USSR", or "Union" after "Soviet" (which genericAgents would
// read as a trade union of the country).
func formerStateName(s *sent, i int) string {
	switch w := s.toks[i].Text; {
	case w == "USSR" || w == "U.S.S.R.":
		return "USR"
	case w == "Union" && i > 0 && s.toks[i-1].Text == "Soviet":
		return "USR"
	}
	return ""
}

// gateLed reports whether a capitalised word names a party through a
// country the gazetteer does not read on its own: "Saudi-led",
// "Soviet".
func gateLed(w string) bool {
	return formerStates[w] != "" || ledCountry(w) != ""
}

func init() {
	// "bombers flew a joint patrol", "warships sailed a patrol": the verb
	// of a platform's movement carries a nominal act as "conduct" does.
	supportVerbs["fly"] = true
	supportVerbs["sail"] = true
}
