package entities

import (
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
)

// kindRank orders the readings of an ambiguous gazetteer phrase: a person
// in office or an organisation is a safer reading than a place.
var kindRank = map[string]int{
	lexicon.KindPerson: 9, lexicon.KindIGO: 8, lexicon.KindGroup: 7, lexicon.KindCountry: 6,
	lexicon.KindCapital: 5, lexicon.KindMetonym: 5, lexicon.KindPlace: 4, lexicon.KindCollective: 3,
	lexicon.KindDemonym: 2, lexicon.KindAdjective: 1,
}

// placePreps introduce a location: "talks in Baku" is a place, while
// "Baku refused" is the government (a metonym).
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true,
	"into": true, "via": true, "outside": true, "around": true, "across": true, "through": true}

func (r *resolver) best(es []lexicon.Entry) (lexicon.Entry, bool) {
	var b lexicon.Entry
	found := false
	for _, e := range es {
		if e.From != "" && r.date < e.From || e.To != "" && r.date >= e.To {
			continue
		}
		if !found || kindRank[e.Kind] > kindRank[b.Kind] {
			b, found = e, true
		}
	}
	return b, found
}

func (r *resolver) gazetteer(base int, words []string, covered []bool, spans []ner.Span) {
	for i := 0; i < len(words); i++ {
		if covered[i] {
			continue
		}
		n, es := r.longestMatch(words, i)
		if n == 0 {
			continue
		}
		e, ok := r.best(es)
		if !ok || e.Kind == lexicon.KindAdjective || anyCovered(covered, i, i+n) {
			continue
		}
		if insideLongerName(spans, words, i, i+n) && e.Kind != lexicon.KindPerson && e.Kind != lexicon.KindIGO {
			continue // "Armenia lobby", "Caspian Basin": the model's longer name wins
		}
		if e.Kind == lexicon.KindPerson && partOfLongerPerson(spans, words, i, i+n) {
			continue // "Burhan Heshmati" is not Abdel Fattah al-Burhan
		}
		if e.Kind == lexicon.KindDemonym && !strings.HasSuffix(words[i+n-1], "s") {
			continue // "Israeli policies": an adjective, not a population
		}
		r.gazCand(base, words, i, i+n, e)
		for k := i; k < i+n; k++ {
			covered[k] = true
		}
		i += n - 1
	}
}

// partOfLongerPerson reports whether a known person's name at [a,b) is only
// part of a longer capitalised name that the model tags as a person.
func partOfLongerPerson(spans []ner.Span, words []string, a, b int) bool {
	for _, s := range spans {
		if s.Type == "PER" && s.Start <= a && b <= s.End && s.End-s.Start > b-a {
			return true
		}
	}
	return b < len(words) && startsUpperWord(words[b]) && !startsUpperWord(strings.ToLower(words[b]))
}

func anyCovered(covered []bool, a, b int) bool {
	for k := a; k < b; k++ {
		if covered[k] {
			return true
		}
	}
	return false
}

// insideLongerName reports whether a model span of a non-person type
// contains [a,b) and continues it with capitalised words, so that the
// name's head lies beyond ("Caspian Basin"); a span that runs on into
// lower-case words ("Lachin corridor on Sunday") is the model's mistake.
func insideLongerName(spans []ner.Span, words []string, a, b int) bool {
	for _, s := range spans {
		if s.Start <= a && b < s.End && s.Type != "PER" {
			for k := b; k < s.End; k++ {
				if !startsUpperWord(words[k]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// gazCand adds the candidate for gazetteer reading e of words[a:b].
func (r *resolver) gazCand(base int, words []string, a, b int, e lexicon.Entry) {
	c := cand{tokA: base + a, tokB: base + b, typ: e.Type, code: e.Code, name: e.Name, prio: 2}
	switch e.Kind {
	case lexicon.KindCountry:
		c.key, c.typ = "GPE:"+e.Country, "GPE"
	case lexicon.KindCapital, lexicon.KindMetonym:
		if a > 0 && placePreps[strings.ToLower(words[a-1])] && e.Kind == lexicon.KindCapital {
			c.key, c.typ, c.code, c.name = "PLACE:"+strings.ToLower(words[a]), "GPE", "", words[a]
		} else {
			c.key, c.typ, c.metonym = "GPE:"+e.Country, "GPE", true
			if ci, ok := r.gaz.Country(e.Country); ok {
				c.name = ci.Name
			}
			if e.Code != "" && e.Code != e.Country {
				c.key, c.typ = "ORG:"+e.Code, "ORG" // "the Pentagon" is the ministry
			}
		}
	case lexicon.KindDemonym:
		c.key, c.typ, c.code = "NORP:"+e.Country, "NORP", e.Country
	case lexicon.KindPerson:
		c.key, c.typ, c.person = "PER:"+e.Name, "PER", true
	case lexicon.KindPlace:
		c.key = "PLACE:" + strings.ToLower(e.Name)
		c.code = ""
	default:
		c.key = e.Type + ":" + e.Code + ":" + e.Name
	}
	if c.typ == "" {
		c.typ = "ORG"
	}
	r.add(c)
}
