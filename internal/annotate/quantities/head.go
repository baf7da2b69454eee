package quantities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon/units"
)

// unitAndHead reads what follows the number at token end: a unit ("%",
// "per cent", "km", "months", "dollars") or the noun phrase it counts. It
// fills q.Unit and q.About and returns the token index after the figure.
func (s *scanner) unitAndHead(end int, num Number, q *doc.Quantity) int {
	if q.Unit != "" && q.Range == nil && s.isCompound(end-1) {
		// "two-month presence": the modified noun says what it measures.
		q.About, _ = s.nounPhrase(end)
		return end
	}
	j := end
	if s.lower(j) == "of" && (num.Vague || !num.Digit) {
		j++ // "hundreds of people", "millions of dollars"
	}
	if u, n := s.unitAt(j); n > 0 && (q.Unit == "" || u.Kind == units.Currency) {
		if !(q.Unit != "" && u.Kind == units.Currency && u.Name != q.Unit) {
			q.Unit = u.Name
			return j + n
		}
	}
	if q.Unit != "" {
		return end
	}
	about, head := s.nounPhrase(j)
	if head < 0 {
		return end
	}
	q.About = about
	h := s.toks[head]
	switch {
	case units.IsPeople(h.Lower) || demonymPlural(h.Text):
		q.Unit = "people"
	default:
		q.Unit = h.Lower
	}
	return head + 1
}

func (s *scanner) isCompound(i int) bool {
	return i >= 0 && i < len(s.toks) && strings.IndexByte(s.toks[i].Lower, '-') > 0
}

// unitAt matches a one- or two-word unit at token j.
func (s *scanner) unitAt(j int) (units.Unit, int) {
	if j >= len(s.toks) {
		return units.Unit{}, 0
	}
	if j+1 < len(s.toks) {
		if u, ok := units.Lookup(s.toks[j].Lower + " " + s.toks[j+1].Lower); ok {
			return u, 2
		}
	}
	if u, ok := units.Lookup(s.toks[j].Lower); ok {
		return u, 1
	}
	return units.Unit{}, 0
}

// nounPhrase reads the counted noun phrase starting at token j: modifiers
// up to the head noun, plus a place after "in"/"from" ("Armenians in
// Karabakh"). It returns the phrase text and the head's index (-1: none).
func (s *scanner) nounPhrase(j int) (string, int) {
	head, last := -1, -1
	for k := j; k < len(s.toks) && k < j+4; k++ {
		t := s.toks[k]
		if !isWord(t.Text) || function[t.Lower] || t.UPOS == "VERB" || t.UPOS == "AUX" {
			break
		}
		if k > j && !units.IsPeople(t.Lower) && looksVerb(t.Lower) {
			break
		}
		last = k
		if units.IsPeople(t.Lower) || plural(t.Lower) || t.UPOS == "NOUN" && k+1 < len(s.toks) && s.toks[k+1].UPOS != "NOUN" {
			head = k
			break
		}
	}
	if head < 0 {
		head = last
	}
	if head < 0 {
		return "", -1
	}
	if looksVerb(s.toks[head].Lower) && !units.IsPeople(s.toks[head].Lower) {
		return "", -1 // "12 killed": no noun, the verb gives the category
	}
	end := head
	if p := s.lower(head + 1); p == "in" || p == "from" || p == "of" {
		for k := head + 2; k < len(s.toks) && k < head+5 && capitalised(s.toks[k].Text); k++ {
			end = k
		}
		// "presence of European observers": a plural noun closes the name.
		if end > head && (plural(s.lower(end+1)) || units.IsPeople(s.lower(end+1))) {
			end++
		}
	}
	return s.d.Text[s.toks[j].Start:s.toks[end].End], head
}

func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func plural(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

func looksVerb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// demonymPlural: capitalised plurals after a number count people
// ("120,000 Armenians", "300 Palestinians").
func demonymPlural(w string) bool {
	return capitalised(w) && len(w) > 4 && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ns"))
}

// category names the tracked figure the sentence says this is: the nearest
// signal word within a few tokens ("killing 12 civilians", "120,000
// Armenians ... trapped").
func (s *scanner) category(start, end int, unit string) string {
	if k, ok := units.Lookup(unit); ok && k.Kind != units.Currency {
		return "" // durations, distances and percentages are not tracked counts
	}
	inside := ""
	for k := start; k < end; k++ {
		if c := units.Category(s.toks[k].Lower); c != "" {
			inside = c
			break
		}
	}
	best, dist, bestPeople, bestK := "", 1<<30, false, -1
	for k := start - 10; k < end+10 && k < len(s.toks); k++ {
		if k < 0 || (k >= start && k < end) {
			continue
		}
		c := units.Category(s.toks[k].Lower)
		if c == "" {
			continue
		}
		d := start - k
		if k >= end {
			d = k - end + 1
		}
		if d < dist {
			best, dist, bestPeople, bestK = c, d, units.IsPeople(s.toks[k].Lower), k
		}
	}
	// A signal word inside the figure ("three deaths", "aid trucks")
	// decides, unless a verb of harm stands right before it ("killed at
	// least 26 displaced people").
	if inside != "" && !(dist <= 3 && !bestPeople && (best == "killed" || best == "wounded") && best != inside &&
		!s.joined(bestK, start)) {
		return inside
	}
	// "the death toll reached 330": the toll may be further back.
	if best == "" || dist > 6 {
		for k := start - 1; k >= 0 && k >= start-15; k-- {
			if s.toks[k].Lower == "toll" {
				return "killed"
			}
		}
	}
	if best != "" && best != "aid" && unit != "people" && unit != "" {
		return "" // "killed" near "3 trucks" says nothing about trucks
	}
	return best
}

// joined reports whether a conjunction or comma stands between token k and
// the figure at start: "were killed and more than 400 wounded" is a second
// clause whose own word decides.
func (s *scanner) joined(k, start int) bool {
	for j := k + 1; j < start && j < len(s.toks); j++ {
		switch s.toks[j].Lower {
		case "and", "or", ",", ";", "while", "but":
			return true
		}
	}
	return false
}
