package events

import "strings"

// Definite descriptions and bare roles that point back to an actor the
// text named before: "the United Nations Security Council met ... Armenia
// told the council" (the council is the UNSC, not an unknown body);
// "Karabakh Armenian police ... soldiers fired on a police car" (the
// police are the ones already named, ARMCOP, not a bare COP). The actor
// layer works mention by mention; these links need the document, so the
// coder keeps what it has read.

// discourse is the coder's memory of the actors named so far.
type discourse struct {
	heads map[string]*actorRef // head noun of a named organisation -> it
	roles map[string]string    // role code -> country prefix last seen with it
}

// orgHead returns the lower-case head noun of an organisation's name:
// "council" for "United Nations Security Council", "court" for
// "International Court of Justice".
func orgHead(name string) string {
	if k := strings.Index(name, " of "); k > 0 {
		name = name[:k]
	}
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		name = name[k+1:]
	}
	return strings.ToLower(name)
}

// recall rewrites the sentence's actors from the memory: a "the NOUN"
// that heads no mention and names a known organisation becomes it; a
// bare role code takes the country it was last seen with.
func (c *coder) recall(s *sent) {
	if c.mem.heads == nil {
		return
	}
	for i, t := range s.toks {
		a := s.actor[i]
		bare := a == nil || (a.Type == "ROLE" && len(a.Code) == 3)
		if !bare || t.UPOS != "NOUN" {
			continue
		}
		if r := c.mem.heads[t.Lower]; r != nil && s.definite(i) {
			x := *r
			x.Span = t.Span
			s.actor[i] = &x
			continue
		}
		if a != nil {
			if cc := c.mem.roles[a.Code]; cc != "" {
				x := *a
				x.Code = cc + a.Code
				s.actor[i] = &x
			}
		}
	}
}

// definite reports whether noun i is "the NOUN" with no other modifier
// that could make it a different body ("the appeals court").
func (s *sent) definite(i int) bool {
	the := false
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "det":
			the = s.low(k) == "the"
		case "amod", "compound", "nmod:poss":
			return false
		}
	}
	return the
}

// learn stores the sentence's named organisations and country-qualified
// roles for the sentences after it.
func (c *coder) learn(s *sent) {
	for i := range s.toks {
		a := s.actor[i]
		if a == nil || len(a.Code) < 3 {
			continue
		}
		if c.mem.heads == nil {
			c.mem.heads, c.mem.roles = map[string]*actorRef{}, map[string]string{}
		}
		if a.Type == "ORG" && a.Name != "" && strings.IndexByte(a.Name, ' ') > 0 {
			c.mem.heads[orgHead(a.Name)] = a
		}
		if n := len(a.Code); n == 6 && isCountry(a.Code[:3]) && roleCodes[a.Code[3:]] {
			c.mem.roles[a.Code[3:]] = a.Code[:3]
		}
	}
}

// roleCodes are the role codes a country prefix can qualify.
var roleCodes = map[string]bool{"COP": true, "MIL": true, "GOV": true, "JUD": true, "REB": true,
	"OPP": true, "LEG": true}
