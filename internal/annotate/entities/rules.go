package entities

import (
	"strings"

	"sitrep/internal/lexicon"
)

// personTitles are role phrases that name one person, not an institution.
var personTitles = map[string]bool{"president": true, "prime minister": true, "foreign minister": true,
	"defence minister": true, "defense minister": true, "king": true, "emir": true, "chancellor": true,
	"premier": true, "leader": true, "supreme leader": true, "minister": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "ambassador": true, "envoy": true, "general": true,
	"commander": true, "secretary of state": true, "vice president": true, "deputy prime minister": true,
	"interior minister": true, "head of state": true, "sultan": true, "crown prince": true}

// popWords are role words for a population rather than an institution.
var popWords = map[string]bool{"people": true, "civilians": true, "population": true, "residents": true,
	"citizens": true, "villagers": true, "families": true, "refugees": true}

// countryAt reads a country reference at words[i]: a name, adjective,
// capital or metonym. It returns the ISO3 code and its length in words.
func (r *resolver) countryAt(words []string, i int) (string, int, lexicon.Entry) {
	n, es := r.longestMatch(words, i)
	if n == 0 {
		return "", 0, lexicon.Entry{}
	}
	for _, e := range es {
		switch e.Kind {
		case lexicon.KindCountry, lexicon.KindAdjective, lexicon.KindCapital, lexicon.KindMetonym, lexicon.KindDemonym:
			if e.Country != "" {
				return e.Country, n, e
			}
		}
	}
	return "", 0, lexicon.Entry{}
}

// roleAt reads a role phrase of up to three lower-case words at words[i].
func (r *resolver) roleAt(words []string, i int) (string, int, string) {
	if i >= len(words) || !r.gaz.MayStartRole(words[i]) {
		return "", 0, "" // no role starts so: skip building the phrases
	}
	for n := min(3, len(words)-i); n >= 1; n-- {
		phrase := strings.ToLower(strings.Join(words[i:i+n], " "))
		if code, ok := r.gaz.Role(phrase); ok {
			return code, n, phrase
		}
	}
	return "", 0, ""
}

// rules finds actor phrases built from a country and a role ("Azerbaijani
// leaders", "the government of Azerbaijan", "Baku and Yerevan officials"),
// titles ("Armenian Prime Minister"), and populations ("Armenians of
// Karabakh").
func (r *resolver) rules(base int, words []string, covered []bool) {
	for i := 0; i < len(words); i++ {
		if covered[i] {
			continue
		}
		// Role of Country: "government of Azerbaijan", "President of Azerbaijan".
		if !wordWithin(words, "of", i+1, 3) {
			// no "of" close enough: skip the role lookups below
		} else if code, n, phrase := r.roleAt(words, i); n > 0 && i+n+1 < len(words) && strings.EqualFold(words[i+n], "of") {
			if iso, cn, _ := r.countryAt(words, i+n+1); cn > 0 && !popWords[phrase] {
				r.roleCand(base, i, i+n+1+cn, iso, code, phrase, covered)
				i += n + cn
				continue
			}
		}
		if words[i] == "the" && i+1 < len(words) {
			// "the president": a bare title, linked to the last person
			// holding such an office (dropped when there is none).
			if code, n, phrase := r.roleAt(words, i+1); n > 0 && personTitles[phrase] && code != "" &&
				(i+1+n == len(words) || !startsUpperWord(words[i+1+n])) && !anyCovered(covered, i+1, i+1+n) {
				r.mark(cand{tokA: base + i + 1, tokB: base + i + 1 + n, typ: "PER", key: "BARE:" + phrase, prio: 1}, covered, base)
				i += n
				continue
			}
		}
		if n := r.eventName(base, words, i, covered); n > 0 {
			i += n - 1
			continue
		}
		if n := r.roleInCountry(base, words, i, covered); n > 0 {
			i += n - 1
			continue
		}
		iso, cn, e := r.countryAt(words, i)
		if cn == 0 {
			continue
		}
		if i+cn < len(words) && orgHeads[words[i+cn]] {
			// "the Armenia lobby": an organisation named after a country.
			r.mark(cand{tokA: base + i, tokB: base + i + cn + 1, typ: "ORG", key: "ORG:" + strings.ToLower(strings.Join(words[i:i+cn+1], " ")), prio: 3}, covered, base)
			i += cn
			continue
		}
		// Population: "Armenians of (mountainous) Karabakh", "Armenians in Karabakh".
		if e.Kind == lexicon.KindDemonym && i+cn+1 < len(words) && (words[i+cn] == "of" || words[i+cn] == "in") {
			k := i + cn + 1
			if words[k] == "mountainous" || words[k] == "Nagorno" {
				k++
			}
			if k < len(words) {
				if pn, pes := r.longestMatch(words, k); pn > 0 && hasKind(pes, lexicon.KindPlace) {
					r.mark(cand{tokA: base + i, tokB: base + k + pn, typ: "NORP", code: iso + "CVL",
						key: "NORP:" + iso + "CVL:" + pes[0].Name, prio: 3}, covered, base)
					i = k + pn - 1
					continue
				}
			}
		}
		// Coordinated countries sharing one role: "Baku and Yerevan officials".
		if i+cn+1 < len(words) && words[i+cn] == "and" {
			if iso2, cn2, _ := r.countryAt(words, i+cn+1); cn2 > 0 {
				if code, n, phrase := r.roleAt(words, i+cn+1+cn2); n > 0 && !popWords[phrase] {
					r.roleCand(base, i, i+cn, iso, code, phrase, covered)
					r.roleCand(base, i+cn+1, i+cn+1+cn2+n, iso2, code, phrase, covered)
					i += cn + cn2 + n
					continue
				}
			}
		}
		// Country + role: "Azerbaijani leaders", "Armenian Prime Minister",
		// and the possessive "Armenia's Foreign Ministry".
		k := i + cn
		if k < len(words) && isCliticWord(words[k]) && e.Kind != lexicon.KindAdjective {
			k++
		}
		if code, n, phrase := r.roleAt(words, k); n > 0 && e.Kind != lexicon.KindDemonym && !anyCovered(covered, i, k+n) {
			r.roleCand(base, i, k+n, iso, code, phrase, covered)
			i = k + n - 1
		}
	}
}

func hasKind(es []lexicon.Entry, kind string) bool {
	for _, e := range es {
		if e.Kind == kind {
			return true
		}
	}
	return false
}

// roleCand adds an actor phrase [a,b) of country iso with a role.
func (r *resolver) roleCand(base, a, b int, iso, role, phrase string, covered []bool) {
	code := iso + role
	c := cand{tokA: base + a, tokB: base + b, code: code, prio: 3}
	switch {
	case popWords[phrase]:
		c.typ, c.code, c.key = "NORP", iso+"CVL", "NORP:"+iso+"CVL"
	case personTitles[phrase]:
		c.typ, c.key = "PER", "TITLE:"+code+":"+phrase
	default:
		c.typ, c.key = "ORG", "ORG:"+code
	}
	r.mark(c, covered, base)
}

// localRoles are the roles whose members are, as a rule, of the state they
// are in: "protesters in Yerevan" are Armenian, "civilians in Kharkiv"
// Ukrainian. Armed roles and refugees are left out: "troops in Syria" and
// "refugees in Lebanon" are often foreign.
var localRoles = map[string]bool{"OPP": true, "CVL": true}

// roleInCountry reads "protesters in Yerevan" (role, "in", a state or its
// capital) and returns the words used, or 0.
func (r *resolver) roleInCountry(base int, words []string, i int, covered []bool) int {
	if !wordWithin(words, "in", i+1, 3) {
		return 0 // no "in" close enough: skip the role lookups
	}
	code, n, phrase := r.roleAt(words, i)
	if n == 0 || i+n+1 >= len(words) || words[i+n] != "in" || !localRoles[code] && !popWords[phrase] {
		return 0
	}
	if i > 0 && (startsUpperWord(words[i-1]) || words[i-1] == "'s") {
		return 0 // "Russian protesters in Tbilisi": the adjective decides
	}
	iso, cn, e := r.countryAt(words, i+n+1)
	if cn == 0 || e.Kind == lexicon.KindAdjective || e.Kind == lexicon.KindDemonym {
		return 0
	}
	r.roleCand(base, i, i+n+1+cn, iso, code, phrase, covered)
	return n + 1 + cn
}

func (r *resolver) mark(c cand, covered []bool, base int) {
	r.add(c)
	for k := c.tokA - base; k < c.tokB-base; k++ {
		covered[k] = true
	}
}

var orgHeads = map[string]bool{"lobby": true, "diaspora": true}

// eventName reads a named war: "the first Karabakh war", "the Russian war
// in Ukraine". It returns the words used, or 0.
func (r *resolver) eventName(base int, words []string, i int, covered []bool) int {
	j := i
	if isOrdinal(words[j]) {
		j++
	}
	if j >= len(words) || !startsUpperWord(words[j]) {
		return 0
	}
	k := j + 1
	for k < len(words) && startsUpperWord(words[k]) && k-j < 3 {
		k++
	}
	if k >= len(words) || !eventHeads[strings.ToLower(words[k])] || strings.ToLower(words[k]) == "crisis" {
		return 0
	}
	end := k + 1
	if j == i {
		// Without an ordinal, ask for a place after it: "war in Ukraine".
		if end+1 >= len(words) || words[end] != "in" || !startsUpperWord(words[end+1]) {
			return 0
		}
		end += 2
	}
	if anyCovered(covered, i, end) {
		return 0
	}
	r.mark(cand{tokA: base + i, tokB: base + end, typ: "EVENT", key: "EVENT:" + strings.ToLower(strings.Join(words[i:end], " ")), prio: 3}, covered, base)
	return end - i
}

// wordWithin reports whether w occurs in words[i:i+n]; it keeps the role
// lookups of "government of X" and "protesters in X" off most tokens.
func wordWithin(words []string, w string, i, n int) bool {
	for k := i; k < min(len(words), i+n); k++ {
		if words[k] == w {
			return true
		}
	}
	return false
}
