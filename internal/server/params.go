package server

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Page sizes: the API is for people and pages, not for bulk export (use
// `sitrep query` or the store for that), so a page is at most MaxPage rows.
const (
	DefaultPage = 100
	MaxPage     = 1000
	maxOffset   = 1_000_000
	maxText     = 200 // longest free-text parameter, in bytes
)

// params reads and checks query parameters. Every endpoint states the
// parameters it accepts; an unknown one is an error rather than silently
// ignored, so a typo ("acter=AZE") does not return the whole corpus.
type params struct {
	v   url.Values
	err error
}

func newParams(v url.Values, allowed ...string) *params {
	p := &params{v: v}
	ok := make(map[string]bool, len(allowed))
	for _, a := range allowed {
		ok[a] = true
	}
	var unknown []string
	for k := range v {
		if !ok[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		p.fail(badParam(unknown[0], "unknown parameter; this endpoint accepts %s", strings.Join(allowed, ", ")))
	}
	for k, vs := range v {
		if ok[k] && len(vs) > 1 {
			p.fail(badParam(k, "given %d times; give it once", len(vs)))
		}
	}
	return p
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// text returns a free-text parameter, bounded in length.
func (p *params) text(name string) string {
	s := strings.TrimSpace(p.v.Get(name))
	if len(s) > maxText {
		p.fail(badParam(name, "longer than %d bytes", maxText))
		return ""
	}
	return s
}

// actor returns a CAMEO actor code: 3 to 30 capital letters or digits.
func (p *params) actor(name string) string {
	s := strings.ToUpper(p.text(name))
	if s != "" && !isCode(s, 3, 30) {
		p.fail(badParam(name, "%q is not a CAMEO actor code (3-30 letters such as AZE or ARMGOV)", p.v.Get(name)))
		return ""
	}
	return s
}

// dyad returns the source and target of "SRC:TGT".
func (p *params) dyad(name string) (src, tgt string) {
	s := strings.ToUpper(p.text(name))
	if s == "" {
		return "", ""
	}
	a, b, ok := strings.Cut(s, ":")
	if !ok || !isCode(a, 3, 30) || !isCode(b, 3, 30) {
		p.fail(badParam(name, "%q is not a dyad; write SOURCE:TARGET with actor codes, e.g. AZE:ARMCVL", p.v.Get(name)))
		return "", ""
	}
	return a, b
}

// digits returns a code of lo..hi decimal digits (CAMEO codes, roots).
func (p *params) digits(name string, lo, hi int, what string) string {
	s := p.text(name)
	if s == "" {
		return ""
	}
	if len(s) < lo || len(s) > hi || strings.Trim(s, "0123456789") != "" {
		p.fail(badParam(name, "%q is not %s", s, what))
		return ""
	}
	return s
}

// day returns a YYYY-MM-DD date.
func (p *params) day(name string) string {
	s := p.text(name)
	if s == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		p.fail(badParam(name, "%q is not a date; write YYYY-MM-DD", s))
		return ""
	}
	return s
}

// intIn returns an integer in [lo, hi], or def when absent.
func (p *params) intIn(name string, def, lo, hi int) int {
	s := p.text(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail(badParam(name, "%q is not a whole number from %d to %d", s, lo, hi))
		return def
	}
	return n
}

// boolean returns a true/false parameter.
func (p *params) boolean(name string) bool {
	switch strings.ToLower(p.text(name)) {
	case "", "0", "false", "no":
		return false
	case "1", "true", "yes":
		return true
	}
	p.fail(badParam(name, "%q is not true or false", p.v.Get(name)))
	return false
}

// oneOf returns a value from a fixed set, or def when absent.
func (p *params) oneOf(name, def string, set ...string) string {
	s := strings.ToLower(p.text(name))
	if s == "" {
		return def
	}
	for _, x := range set {
		if s == x {
			return s
		}
	}
	p.fail(badParam(name, "%q is not one of %s", p.v.Get(name), strings.Join(set, ", ")))
	return def
}

// page returns limit and offset.
func (p *params) page() (limit, offset int) {
	return p.intIn("limit", DefaultPage, 1, MaxPage), p.intIn("offset", 0, 0, maxOffset)
}

// dateRange checks that from is not after to.
func (p *params) dateRange() (from, to string) {
	from, to = p.day("from"), p.day("to")
	if from != "" && to != "" && from > to {
		p.fail(badParam("from", "%s is after to=%s", from, to))
	}
	return from, to
}

func isCode(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
