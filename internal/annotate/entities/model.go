package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
)

var facHeads = map[string]bool{"corridor": true, "airport": true, "bridge": true, "road": true, "highway": true,
	"crossing": true, "checkpoint": true, "port": true, "base": true, "dam": true, "prison": true,
	"hospital": true, "pipeline": true, "station": true, "plant": true, "camp": true, "square": true}

var eventHeads = map[string]bool{"war": true, "offensive": true, "summit": true, "conference": true,
	"election": true, "elections": true, "revolution": true, "uprising": true, "crisis": true,
	"games": true, "olympics": true, "agreement": true, "accords": true, "treaty": true}

// model turns the NER model's spans into candidates, on the words no rule
// or gazetteer entry has claimed.
func (r *resolver) model(base int, words []string, covered []bool, spans []ner.Span) {
	for _, s := range spans {
		a := s.Start
		for a < s.End {
			for a < s.End && covered[a] {
				a++
			}
			b := a
			for b < s.End && !covered[b] {
				b++
			}
			if a < b {
				r.modelCand(base, words, a, b, s.Type)
			}
			a = b
		}
	}
}

func (r *resolver) modelCand(base int, words []string, a, b int, typ string) {
	for a < b && (isLowerWord(words[a]) || !hasLetter(words[a]) || isCliticWord(words[a])) {
		a++
	}
	for k := a + 1; k < b; k++ {
		if isCliticWord(words[k]) {
			b = k // "Aliyev's statements": the name ends at the possessive
		}
	}
	for b > a && (!hasLetter(words[b-1]) || isLowerWord(words[b-1]) && typ != "MISC") {
		b--
	}
	if a >= b {
		return
	}
	text := strings.Join(words[a:b], " ")
	head := strings.ToLower(words[b-1])
	if b-a == 1 && (stopNames[head] || calendarWords[head] || typ != "PER" && attributive(words, b)) {
		return // "Will Azerbaijan ...?", "Turkish and Israeli policies"
	}
	if text == r.d.Meta.Outlet || outlets[text] != "" {
		r.add(cand{tokA: base + a, tokB: base + b, typ: "ORG", code: outlets[text], key: "ORG:outlet:" + text, name: text, prio: 2})
		return
	}
	if e, ok := r.best(r.gaz.Lookup(text)); ok && e.Kind != lexicon.KindAdjective && e.Kind != lexicon.KindDemonym {
		r.gazCand(base, words, a, b, e)
		return
	}
	c := cand{tokA: base + a, tokB: base + b, prio: 1}
	switch typ {
	case "PER":
		c.typ, c.person, c.key = "PER", true, "PER:"+text
		if e, ok := r.gaz.PersonAt(text, r.date); ok {
			c.code, c.name, c.key = e.Code, e.Name, "PER:"+e.Name
		}
	case "ORG":
		c.typ, c.key = "ORG", "ORG:"+strings.ToLower(text)
	case "LOC":
		c.typ, c.key = "LOC", "PLACE:"+strings.ToLower(text)
		if p, ok := r.gaz.Place(text); ok && p.Type != "" {
			c.typ = p.Type
		} else if facHeads[head] {
			c.typ = "FAC"
		} else if a > 0 && placePreps[strings.ToLower(words[a-1])] && b-a == 1 {
			c.typ = "GPE" // a town named after "in"
		}
	default: // MISC
		c.typ, c.key = "MISC", "MISC:"+strings.ToLower(text)
		if eventHeads[head] {
			c.typ = "EVENT"
			if a > 0 && isOrdinal(words[a-1]) {
				a--
				c.tokA--
			}
			c.key = "EVENT:" + strings.ToLower(strings.Join(words[a:b], " "))
		} else if es := r.gaz.Lookup(text); hasKind(es, lexicon.KindDemonym) || hasKind(es, lexicon.KindAdjective) {
			c.typ = "NORP"
		}
	}
	r.add(c)
}

// stopNames are capitalised function words the model may take for names
// at the start of a question or sentence.
var stopNames = map[string]bool{"will": true, "can": true, "may": true, "should": true, "would": true,
	"but": true, "and": true, "so": true, "yet": true, "does": true, "did": true, "is": true, "are": true,
	"unfortunately": true, "therefore": true, "however": true, "meanwhile": true, "despite": true}

// attributive reports whether the word before words[b] is used as an
// adjective: followed by a lower-case word or by "and" plus another
// capitalised word ("Turkish and Israeli policies").
func attributive(words []string, b int) bool {
	if b >= len(words) {
		return false
	}
	if words[b] == "and" || words[b] == "or" {
		return b+2 < len(words) && isLowerWord(words[b+2])
	}
	return isLowerWord(words[b]) && !strings.HasSuffix(words[b-1], "s")
}

func isCliticWord(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

func startsUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// calendarWords are never entities on their own, whatever the model says
// about "on Sunday" at the end of a place name.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "today": true, "yesterday": true}

func isOrdinal(w string) bool {
	switch strings.ToLower(w) {
	case "first", "second", "third", "fourth", "fifth", "last", "latest", "1st", "2nd", "3rd":
		return true
	}
	return false
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func hasLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
