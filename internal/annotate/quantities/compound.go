package quantities

import (
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon/units"
)

func isWordNumber(w string) bool {
	_, ok := wordValue(w)
	return ok
}

// compound reads one hyphenated token: a range ("10-15"), or a number
// glued to a unit used as a modifier ("two-month", "three-decade",
// "10-day", "5-km", "25-year-old").
func (s *scanner) compound(i int, num *Number, q *doc.Quantity) (Number, bool) {
	w := s.lower(i)
	left, right, ok := strings.Cut(w, "-")
	if !ok || left == "" || right == "" {
		return Number{}, false
	}
	lv, ok := tokenValue(left)
	if !ok {
		return Number{}, false
	}
	n := Number{Value: lv, Words: 1, Digit: left[0] >= '0' && left[0] <= '9'}
	if rv, ok := tokenValue(right); ok && n.Digit && rv > lv {
		q.Range = &[2]float64{lv, rv}
		return n, true
	}
	unit, _, _ := strings.Cut(right, "-") // "year-old"
	if u, ok := units.Lookup(unit); ok && u.Kind != units.Currency && u.Kind != units.Percent {
		q.Unit = u.Name
		return n, true
	}
	return Number{}, false
}

// tokenValue reads a single-token number without scale words.
func tokenValue(w string) (float64, bool) {
	if v, _, ok := numeral(w); ok {
		return v, true
	}
	return wordValue(w)
}

// skip reports whether the number at toks[i:end] is not a figure: list
// numbering, document numbers, dates, clock times, "the two countries",
// "one" as a pronoun, "two sides".
func (s *scanner) skip(i, end int, num Number, hasUnit bool) bool {
	prev, next := s.lower(i-1), s.lower(end)
	_, nextUnit := units.Lookup(next)
	nextUnit = nextUnit || hasUnit
	if num.Digit && docNumber[prev] {
		return true
	}
	if num.Digit && num.Value < 32 && (months[prev] || months[next]) {
		return true
	}
	if num.Digit && months[prev] {
		return true // "December 2022"
	}
	if timeOfDay[next] || next == ":" {
		return true
	}
	if notCounted[next] && !num.Vague {
		return true
	}
	if !num.Digit && !num.Vague && num.Value <= 10 && definite[prev] && !nextUnit {
		return true
	}
	if s.lower(i) == "one" && end == i+1 && !nextUnit && !units.IsPeople(next) {
		return true
	}
	// List numbering: a bare number opening a sentence followed by "." or ")".
	if i == 0 && num.Digit && (next == "." || next == ")") {
		return true
	}
	return false
}
