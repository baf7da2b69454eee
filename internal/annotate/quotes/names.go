package quotes

import "strings"

// titles precede a name without being part of it ("Foreign Minister Elif
// Demir" is Elif Demir).
var titles = map[string]bool{
	"governor": true, "minister": true, "foreign": true, "defense": true, "defence": true, "prime": true,
	"president": true, "general": true, "gen.": true, "col.": true, "dr.": true, "dr": true, "mr.": true,
	"mr": true, "mrs.": true, "ms.": true, "prof.": true, "professor": true, "ambassador": true,
	"envoy": true, "spokesman": true, "spokeswoman": true, "senator": true, "sen.": true, "rep.": true,
	"secretary": true, "chancellor": true, "king": true, "queen": true, "colonel": true, "captain": true,
	"lieutenant": true, "commander": true, "chief": true, "deputy": true, "vice": true, "interior": true,
	"mayor": true, "judge": true, "pope": true, "expert": true, "analyst": true, "speaker": true,
	"state": true, "gov.": true, "lt.": true, "maj.": true, "adm.": true, "admiral": true, "major": true,
}

// stripTitles removes leading titles while a name remains.
func stripTitles(name string) string {
	ws := strings.Fields(name)
	k := 0
	for k < len(ws)-1 && titles[strings.ToLower(ws[k])] {
		k++
	}
	return strings.Join(ws[k:], " ")
}

// fullName returns the longest capitalised name ending with the surname
// that the text wrote before off ("Mendes" -> "Paula Mendes"), or the
// surname itself.
func (r *resolver) fullName(surname string, off int) string {
	for i := len(r.people) - 1; i >= 0; i-- {
		if strings.HasSuffix(r.people[i], " "+surname) {
			return r.people[i]
		}
	}
	toks := r.d.Tokens
	best := surname
	for i := r.f.tokAt(off) - 1; i > 0; i-- {
		if toks[i].Text != surname {
			continue
		}
		s := i
		for s-1 >= 0 && s > i-4 && isCapTok(&toks[s-1]) && !titles[toks[s-1].Lower] {
			s--
		}
		if n := r.d.Text[toks[s].Start:toks[i].End]; s < i && len(n) > len(best) && !strings.ContainsAny(n, "\n.,") {
			best = n
		}
	}
	return best
}

// lastNameBefore returns the last name of two or more capitalised words
// (titles removed) written before off, looking back a few sentences; it
// stands in for the entity stage when resolving "he" and "she".
func (r *resolver) lastNameBefore(off int) string {
	toks := r.d.Tokens
	i := r.f.tokAt(off) - 1
	for lo := max(0, i-120); i >= lo; i-- {
		if !isCapTok(&toks[i]) || isQuoteTok(toks[i].Text) {
			continue
		}
		s := i
		for s-1 >= lo && isCapTok(&toks[s-1]) {
			s--
		}
		n := stripTitles(r.d.Text[toks[s].Start:toks[i].End])
		if strings.Contains(n, " ") && !strings.ContainsAny(n, "\n") {
			return n
		}
		if len(r.people) > 0 && strings.HasSuffix(r.people[len(r.people)-1], n) {
			return r.people[len(r.people)-1]
		}
		i = s
	}
	if len(r.people) > 0 {
		return r.people[len(r.people)-1]
	}
	return ""
}
