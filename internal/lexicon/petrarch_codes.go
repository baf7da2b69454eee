package lexicon

import (
	"strings"
	"time"
)

// splitCodes cuts a dictionary line into its phrase part and the contents
// of its [...] brackets.
func (p *dictParser) splitCodes(s string) (body string, codes []string, err error) {
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			if strings.IndexByte(s, ']') >= 0 {
				return "", nil, p.errf("] without [ in %q", s)
			}
			return body + s, codes, nil
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return "", nil, p.errf("unclosed [ in %q", s)
		}
		body += s[:i]
		codes = append(codes, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
}

// addPhrases adds the phrase in body (words joined by "_" or spaces) to
// the current entry, once per member of any substitution set it uses.
func (p *dictParser) addPhrases(body string) error {
	body = strings.TrimSpace(body)
	if body == "" {
		return nil
	}
	stem := !strings.HasSuffix(body, "_")
	words := strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	if len(words) == 0 {
		return nil
	}
	for _, ws := range p.expand(words) {
		p.cur.Phrases = append(p.cur.Phrases, DictPhrase{Words: ws, Stem: stem})
	}
	return nil
}

// expand replaces "!set!" markers, alone or glued to a word
// ("congress!person!"), by each member of the set.
func (p *dictParser) expand(words []string) [][]string {
	out := [][]string{nil}
	for _, w := range words {
		alts := []string{w}
		if i := strings.IndexByte(w, '!'); i >= 0 {
			if j := strings.IndexByte(w[i+1:], '!'); j >= 0 {
				if set, ok := p.subst[w[i:i+j+2]]; ok {
					alts = alts[:0]
					for _, m := range set {
						alts = append(alts, w[:i]+m+w[i+j+2:])
					}
				}
			}
		}
		var next [][]string
		for _, o := range out {
			for _, a := range alts {
				// A set glued to a word ("congress!person!") makes a
				// compound of two words.
				next = append(next, append(append([]string(nil), o...), strings.Fields(a)...))
			}
		}
		out = next
	}
	return out
}

// addPlurals adds plural forms of the entry's last phrase: "{}" for the
// regular one, "{GEESE}" or "{A_B, C_D}" for listed ones.
func (p *dictParser) addPlurals(spec string) {
	inner := strings.TrimSpace(spec[1 : len(spec)-1])
	if len(p.cur.Phrases) == 0 {
		return
	}
	if inner == "" {
		last := p.cur.Phrases[len(p.cur.Phrases)-1]
		ws := append([]string(nil), last.Words...)
		ws[len(ws)-1] = regularPlural(ws[len(ws)-1])
		p.cur.Phrases = append(p.cur.Phrases, DictPhrase{Words: ws})
		return
	}
	for _, alt := range strings.Split(inner, ",") {
		_ = p.addPhrases(alt)
	}
}

func regularPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// addCodes parses bracket contents: "GON", "~GOV", "NGO~",
// "HOB < 950601", "HOBGOV 19950601 - 19990815", "HOBREB > 990816".
// "---" and "+++" are the coders' null codes: the phrase is known and
// deliberately not coded, kept as an empty code.
func (p *dictParser) addCodes(codes []string) error {
	for _, c := range codes {
		f := strings.Fields(c)
		if len(f) > 0 {
			// Dates may touch their signs ("<950630", "20100109-20100112").
			rest := strings.NewReplacer("<", " < ", ">", " > ", "-", " - ").Replace(strings.Join(f[1:], " "))
			f = append(f[:1], strings.Fields(rest)...)
		}
		if len(f) == 0 {
			return p.errf("empty [] code")
		}
		code := strings.ToUpper(f[0])
		dc := DatedCode{Code: code}
		switch {
		case code == "---" || code == "+++":
			dc.Code = ""
		case strings.Contains(code, "~"):
			p.cur.Agent = true
			dc.Code = strings.Trim(code, "~")
			if !isAlnumCode(dc.Code) {
				return p.errf("bad agent code %q", c)
			}
		default:
			for _, part := range strings.Split(code, "/") {
				if !isAlnumCode(part) {
					return p.errf("bad actor code %q", c)
				}
			}
			dc.Code, _, _ = strings.Cut(code, "/")
		}
		var err error
		switch rest := f[1:]; {
		case len(rest) == 0:
		case len(rest) == 2 && rest[0] == "<":
			dc.To, err = p.dictDate(rest[1])
		case len(rest) == 2 && rest[0] == ">":
			dc.From, err = p.dictDate(rest[1])
		case len(rest) == 3 && rest[1] == "-":
			if dc.From, err = p.dictDate(rest[0]); err == nil {
				dc.To, err = p.dictDate(rest[2])
			}
		default:
			return p.errf("bad date restriction in [%s]", c)
		}
		if err != nil {
			return err
		}
		p.cur.Codes = append(p.cur.Codes, dc)
	}
	return nil
}

// dictDate reads YYYYMMDD or TABARI's YYMMDD (years below 50 are 20xx).
func (p *dictParser) dictDate(s string) (string, error) {
	if len(s) == 6 {
		if s < "50" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", p.errf("bad date %q (want YYMMDD or YYYYMMDD)", s)
	}
	return t.Format("2006-01-02"), nil
}

func isAlnumCode(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
