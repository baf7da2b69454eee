package dates

import "sitrep/internal/lexicon/units"

// countNoun: a number before one of these counts things; it is no year
// ("2000 people").
func countNoun(w string) bool {
	if units.IsPeople(w) {
		return true
	}
	_, ok := units.Lookup(w)
	return ok
}

var periods = map[string]bool{"week": true, "month": true, "year": true, "weekend": true}

var vagueSpans = map[string]bool{
	"days": true, "weeks": true, "months": true, "years": true, "decades": true, "hours": true,
}

// relative reads expressions resolved against the publication date:
// "yesterday", "now", "last week", "on Wednesday", "the past months" (null),
// "in the past" (null), "two days ago".
func (m *matcher) relative(i int) match {
	w := m.w(i)
	ref := m.ref
	day := func(n int, off int, kind string) match {
		r := match{n: n, kind: kind}
		if !ref.IsZero() && ref.D > 0 {
			r.date = addDays(ref, off)
		}
		return r
	}
	switch w {
	case "yesterday":
		return day(1, -1, KindRelative)
	case "today", "tonight":
		return day(1, 0, KindRelative)
	case "tomorrow":
		return day(1, 1, KindRelative)
	case "now", "currently", "presently", "nowadays":
		if w == "now" && m.w(i+1) == "that" {
			return match{}
		}
		return day(1, 0, KindNow)
	case "at":
		if m.w(i+1) == "present" || (m.w(i+1) == "the" && m.w(i+2) == "moment") {
			r := day(2, 0, KindNow)
			if m.w(i+1) == "the" {
				r.n = 3
			}
			return r
		}
	case "last", "this", "next", "past", "coming":
		if periods[m.w(i+1)] {
			return m.period(w, m.w(i+1))
		}
		if d, ok := weekdays[m.w(i+1)]; ok && m.capital(i+1) && w != "past" {
			return m.weekday(2, d, w)
		}
	case "the":
		// "the past months", "the last few weeks": a span with no number.
		j := i + 1
		if p := m.w(j); p == "past" || p == "last" || p == "recent" || p == "coming" {
			j++
			if m.w(j) == "few" || m.w(j) == "several" || m.w(j) == "many" {
				j++
			}
			if vagueSpans[m.w(j)] {
				return match{n: j + 1 - i, kind: KindRelative}
			}
		}
	case "in":
		// "in the past" on its own (not "in the past two years").
		if m.w(i+1) == "the" && m.w(i+2) == "past" {
			next := m.w(i + 3)
			if next == "" || next == "," || next == "." || next == "that" || next == "when" || next == "whenever" || next == ";" {
				return match{n: 3, kind: KindRelative}
			}
		}
		if m.w(i+1) == "recent" && vagueSpans[m.w(i+2)] {
			return match{n: 3, kind: KindRelative}
		}
	}
	if r := m.ago(i); r.n > 0 {
		return r
	}
	if d, ok := weekdays[w]; ok && m.capital(i) && len(w) > 3 {
		return m.weekday(1, d, "")
	}
	return match{}
}

// period resolves "last week", "this month", "next year".
func (m *matcher) period(rel, unit string) match {
	r := match{n: 2, kind: KindRelative}
	if m.ref.IsZero() {
		return r
	}
	off := map[string]int{"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
	switch unit {
	case "year":
		r.date = Date{Y: m.ref.Y + off}
	case "month":
		r.date = addMonths(m.ref, off)
	case "week", "weekend":
		d := addDays(m.ref, 7*off)
		r.date = Date{Y: d.Y, M: d.M}
	}
	return r
}

// weekday resolves "Wednesday", "last Wednesday", "next Friday": the most
// recent such day on or before publication in past-tense news, the next
// one when the sentence speaks of the future.
func (m *matcher) weekday(n, wd int, rel string) match {
	r := match{n: n, kind: KindRelative}
	if m.ref.IsZero() || m.ref.D == 0 {
		return r
	}
	cur := weekday(m.ref)
	if rel == "next" || (rel == "" && m.future) || rel == "coming" {
		delta := (wd - cur + 7) % 7
		if delta == 0 {
			delta = 7
		}
		r.date = addDays(m.ref, delta)
		return r
	}
	delta := (cur - wd + 7) % 7
	if rel == "last" && delta == 0 {
		delta = 7
	}
	r.date = addDays(m.ref, -delta)
	return r
}

var smallNumbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// ago resolves "two days ago", "three years ago", "a week ago".
func (m *matcher) ago(i int) match {
	n, ok := smallNumbers[m.w(i)]
	if !ok {
		n, ok = digits(m.w(i))
		if !ok || n > 1000 {
			return match{}
		}
	}
	unit := m.w(i + 1)
	if m.w(i+2) != "ago" {
		return match{}
	}
	r := match{n: 3, kind: KindRelative}
	if m.ref.IsZero() || m.ref.D == 0 {
		return r
	}
	switch unit {
	case "day", "days":
		r.date = addDays(m.ref, -n)
	case "week", "weeks":
		r.date = addDays(m.ref, -7*n)
	case "month", "months":
		r.date = addMonths(m.ref, -n)
	case "year", "years":
		r.date = Date{Y: m.ref.Y - n}
	default:
		return match{}
	}
	return r
}
