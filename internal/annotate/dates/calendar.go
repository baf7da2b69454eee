// Package dates finds date and time expressions and resolves them against
// the publication date (doc.Meta.Published, never the clock), at the
// precision the text supports: YYYY, YYYY-MM or YYYY-MM-DD. When the
// publication date is unknown it is first detected from the text.
package dates

import (
	"fmt"
	"time"
)

// Date is a calendar date at some precision: M == 0 means a year, D == 0
// a month. The zero Date is "unknown".
type Date struct{ Y, M, D int }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Y == 0 }

// String formats the date at its precision; "" when unknown.
func (d Date) String() string {
	switch {
	case d.Y <= 0 || d.Y > 9999:
		return ""
	case d.M == 0:
		return fmt.Sprintf("%04d", d.Y)
	case d.D == 0:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
}

// ParseISO reads YYYY, YYYY-MM or YYYY-MM-DD, checking the calendar.
func ParseISO(s string) (Date, bool) {
	var d Date
	n := len(s)
	if n != 4 && n != 7 && n != 10 {
		return Date{}, false
	}
	y, ok := digits(s[:4])
	if !ok {
		return Date{}, false
	}
	d.Y = y
	if n >= 7 {
		m, ok := digits(s[5:7])
		if !ok || s[4] != '-' {
			return Date{}, false
		}
		d.M = m
	}
	if n == 10 {
		dd, ok := digits(s[8:10])
		if !ok || s[7] != '-' {
			return Date{}, false
		}
		d.D = dd
	}
	return d, valid(d)
}

func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

// valid checks month and day ranges (1-9999 years only).
func valid(d Date) bool {
	if d.Y < 1 || d.Y > 9999 || d.M < 0 || d.M > 12 || (d.M == 0 && d.D != 0) {
		return false
	}
	if d.D == 0 {
		return true
	}
	return d.D >= 1 && d.D <= daysIn(d.Y, d.M)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// addDays shifts a day-precision date.
func addDays(d Date, n int) Date {
	t := time.Date(d.Y, time.Month(d.M), d.D, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// addMonths shifts to a month-precision date.
func addMonths(d Date, n int) Date {
	m := d.Y*12 + d.M - 1 + n
	return Date{Y: m / 12, M: m%12 + 1}
}

func weekday(d Date) int {
	return int(time.Date(d.Y, time.Month(d.M), d.D, 0, 0, 0, 0, time.UTC).Weekday())
}

// before reports whether a is earlier than b, comparing at a's precision.
func after(a, b Date) bool {
	if a.Y != b.Y {
		return a.Y > b.Y
	}
	if a.M != b.M {
		return a.M > b.M
	}
	return a.D > b.D
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
	"sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}

// fullMonth: month names safe without a day or year next to them, when
// capitalised ("in December"); "May" and "March" are left out.
var fullMonth = map[string]bool{
	"january": true, "february": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
	"saturday": 6, "sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thurs": 4,
	"fri": 5, "sat": 6,
}
