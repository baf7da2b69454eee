package dates

import "strings"

// yearNumber reads a four-digit year between 1900 and 2100.
func yearNumber(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y, ok := digits(w)
	return y, ok && y >= 1900 && y <= 2100
}

// dayNumber reads a day of the month: "17", "17th", "1st".
func dayNumber(w string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			w = w[:len(w)-2]
			break
		}
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	d, ok := digits(w)
	return d, ok && d >= 1 && d <= 31
}

// yearPreps make a bare four-digit number a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "of": true,
	"during": true, "before": true, "after": true, "to": true, "through": true, "between": true,
	"and": true, "early": true, "late": true, "mid": true, "year": true, "summer": true,
	"spring": true, "autumn": true, "fall": true, "winter": true, "around": true, "throughout": true,
	"end": true, "beginning": true, "start": true, "-": true, "–": true, "'s": true,
}

// absolute reads dates written out: "17 August 2023", "Aug. 17, 2023",
// "August 17", "December 2022", "2023-08-17", "17/08/2023", "in 2020",
// "mid-August", "early 2023", "December last year".
func (m *matcher) absolute(i int) match {
	w := m.w(i)
	if w == "" {
		return match{}
	}
	if d, ok := numericDate(w); ok {
		return match{n: 1, date: d, kind: KindDate}
	}
	// Weekday before a date: "Wednesday, August 16": let the date rule
	// take the whole span.
	if _, ok := weekdays[w]; ok && m.capital(i) {
		j := i + 1
		if m.w(j) == "," {
			j++
		}
		if r := m.dayMonth(j); r.n > 0 {
			r.n += j - i
			return r
		}
	}
	if r := m.dayMonth(i); r.n > 0 {
		return r
	}
	// "mid-August", "mid-2023", "early August", "late 2022"
	part := ""
	j := i
	if p, rest, ok := strings.Cut(w, "-"); ok && (p == "mid" || p == "early" || p == "late") {
		if mo, ok := monthNames[rest]; ok {
			return m.withYear(i, 1, Date{M: mo})
		}
		if y, ok := yearNumber(rest); ok {
			return match{n: 1, date: Date{Y: y}, kind: KindDate}
		}
	}
	if w == "early" || w == "late" || w == "mid" || w == "mid-" {
		part, j = w, i+1
	}
	if mo, ok := monthNames[m.w(j)]; ok && m.capital(j) {
		if y, ok := yearNumber(m.w(j + 1)); ok {
			return match{n: j + 2 - i, date: Date{Y: y, M: mo}, kind: KindDate}
		}
		if fullMonth[m.w(j)] || part != "" || m.w(j+1) == "last" || m.w(j+1) == "this" {
			return m.withYear(i, j+1-i, Date{M: mo})
		}
	}
	if y, ok := yearNumber(m.w(j)); ok {
		if part != "" || yearPreps[m.w(j-1)] {
			if !countNoun(m.w(j + 1)) {
				return match{n: j + 1 - i, date: Date{Y: y}, kind: KindDate}
			}
		}
	}
	return match{}
}

// dayMonth reads "17 August [2023]" and "August 17[,] [2023]".
func (m *matcher) dayMonth(i int) match {
	if d, ok := dayNumber(m.w(i)); ok {
		j := i + 1
		if m.w(j) == "of" {
			j++
		}
		if mo, ok := monthNames[m.w(j)]; ok {
			if y, ok := yearNumber(m.w(j + 1)); ok {
				return checked(match{n: j + 2 - i, date: Date{y, mo, d}, kind: KindDate})
			}
			return m.withYear(i, j+1-i, Date{M: mo, D: d})
		}
	}
	if mo, ok := monthNames[m.w(i)]; ok && m.capital(i) {
		if d, ok := dayNumber(m.w(i + 1)); ok {
			j := i + 2
			if m.w(j) == "," {
				j++
			}
			if y, ok := yearNumber(m.w(j)); ok {
				return checked(match{n: j + 1 - i, date: Date{y, mo, d}, kind: KindDate})
			}
			return m.withYear(i, 2, Date{M: mo, D: d})
		}
	}
	return match{}
}

func checked(r match) match {
	if !valid(r.date) {
		return match{}
	}
	return r
}

// withYear completes a month (and day) without a year: from "last year" /
// "this year" right after it, else from the publication date, taking the
// most recent such date unless the sentence speaks of the future.
func (m *matcher) withYear(i, n int, d Date) match {
	r := match{n: n, kind: KindDate}
	next := m.w(i + n)
	if (next == "last" || next == "this" || next == "next") && m.w(i+n+1) == "year" {
		r.n += 2
		r.kind = KindRelative
		if !m.ref.IsZero() {
			d.Y = m.ref.Y + map[string]int{"last": -1, "this": 0, "next": 1}[next]
			r.date = d
		}
		return checked(r)
	}
	if m.ref.IsZero() {
		return r
	}
	d.Y = m.ref.Y
	if m.future {
		if after(m.ref, d) && !(d.M == m.ref.M && d.D == 0) {
			d.Y++ // "on March 3" said in August about what will happen
		}
	} else if after(d, m.ref) && d.M-m.ref.M > 1 {
		d.Y-- // "in December" read in August: last December
	}
	r.date = d
	return checked(r)
}

// numericDate reads "2023-08-17", "2023-08", "17/08/2023", "08/17/2023",
// "17.08.2023". Slash dates are day first unless that is impossible.
func numericDate(w string) (Date, bool) {
	if len(w) >= 7 && w[4] == '-' {
		return ParseISO(w)
	}
	if len(w) < 8 || len(w) > 10 || w[0] < '0' || w[0] > '9' {
		return Date{}, false
	}
	for _, sep := range []string{"/", "."} {
		if strings.Count(w, sep) != 2 {
			continue
		}
		p := strings.Split(w, sep)
		if len(p) != 3 || len(p[2]) != 4 {
			continue
		}
		a, ok1 := digits(p[0])
		b, ok2 := digits(p[1])
		y, ok3 := yearNumber(p[2])
		if !ok1 || !ok2 || !ok3 || len(p[0]) > 2 || len(p[1]) > 2 {
			return Date{}, false
		}
		d := Date{y, b, a}
		if b > 12 {
			d = Date{y, a, b}
		}
		return d, valid(d)
	}
	return Date{}, false
}
