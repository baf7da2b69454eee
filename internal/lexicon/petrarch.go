package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// PETRARCH and TABARI keep actors and agents in plain-text dictionaries
// that analysts have curated for years. This file reads them, so that
// `--actors FILE` puts a user's own actors on top of sitrep's gazetteer.
// The format, as those coders document it:
//
//	GONDOR [GON]                   a phrase and its code
//	+MINAS_TIRITH                  a synonym of the phrase above
//	GOLLUM                         a phrase whose codes follow, indented,
//		[HOB < 950601]             with date restrictions: until,
//		[HOBGOV 19950601 - 19990815] between,
//		[HOBREB > 990816]          and from
//	PRESIDENT [~GOV]               an agent: a role added to an actor's code
//	TROOPS {} [~MIL]               {} regular plural, {GEESE} irregular ones
//	!MINST! = MINISTER, MINISTRY   a substitution set, used as !MINST!_OF_X
//
// Words are separated by "_" or spaces; "#" starts a comment, and so does
// "<!--" up to "-->". A phrase whose last word does not end in "_" is a
// stem in TABARI's sense ("ARGENTIN" covers "Argentina" and "Argentine").

// DictEntry is one actor or agent of a PETRARCH-format dictionary.
type DictEntry struct {
	Phrases []DictPhrase // the phrase and its synonyms
	Codes   []DatedCode  // actor codes, or one agent code
	Agent   bool         // an agent: Codes[0].Code is a role ("GOV")
	Line    int          // line of the entry's first phrase
}

// DictPhrase is a phrase in words (lower case, upper case kept out of the
// key on purpose: the dictionaries are written in capitals).
type DictPhrase struct {
	Words []string
	Stem  bool // the last word may take an ending
}

// DatedCode is a code with the dates it holds, YYYY-MM-DD; To is exclusive
// and "" is open.
type DatedCode struct{ Code, From, To string }

// ParseDictionary reads a PETRARCH/TABARI actor or agent dictionary. name
// is used in errors, which give the line: "name:12: ...".
func ParseDictionary(r io.Reader, name string) ([]DictEntry, error) {
	p := dictParser{name: name, subst: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	inComment := false
	for sc.Scan() {
		p.line++
		ln := sc.Text()
		ln, inComment = StripXMLComment(ln, inComment)
		if i := strings.IndexByte(ln, '#'); i >= 0 {
			ln = ln[:i]
		}
		if err := p.parseLine(ln); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, p.line, err)
	}
	if err := p.flush(); err != nil {
		return nil, err
	}
	return p.out, nil
}

// StripXMLComment removes <!-- ... --> parts of a line of a PETRARCH
// dictionary (actors here, verbs in verbdict); inside tells whether
// ln starts inside such a comment, and the result whether it ends inside.
func StripXMLComment(ln string, inside bool) (string, bool) {
	var b strings.Builder
	for ln != "" {
		if inside {
			i := strings.Index(ln, "-->")
			if i < 0 {
				return b.String(), true
			}
			ln, inside = ln[i+3:], false
			continue
		}
		i := strings.Index(ln, "<!--")
		if i < 0 {
			b.WriteString(ln)
			break
		}
		b.WriteString(ln[:i])
		ln, inside = ln[i+4:], true
	}
	return b.String(), inside
}

type dictParser struct {
	name  string
	line  int
	cur   *DictEntry
	out   []DictEntry
	subst map[string][]string // "!MINST!" -> its words
}

func (p *dictParser) errf(format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", p.name, p.line, fmt.Sprintf(format, a...))
}

func (p *dictParser) parseLine(ln string) error {
	trimmed := strings.TrimSpace(ln)
	if trimmed == "" || trimmed[0] == '<' {
		return nil // a malformed comment such as "<! -- ... -->", which the coders skip too
	}
	switch {
	case strings.HasPrefix(trimmed, "!") && strings.Contains(trimmed, "="):
		return p.substitution(trimmed)
	case strings.HasPrefix(trimmed, "+"):
		if p.cur == nil {
			return p.errf("synonym %q before any actor", trimmed)
		}
		body, codes, err := p.splitCodes(trimmed[1:])
		if err != nil {
			return err
		}
		if err := p.addPhrases(body); err != nil {
			return err
		}
		return p.addCodes(codes)
	case strings.HasPrefix(trimmed, "["):
		if p.cur == nil {
			return p.errf("code %q before any actor", trimmed)
		}
		_, codes, err := p.splitCodes(trimmed)
		if err != nil {
			return err
		}
		return p.addCodes(codes)
	}
	if err := p.flush(); err != nil {
		return err
	}
	p.cur = &DictEntry{Line: p.line}
	body, codes, err := p.splitCodes(trimmed)
	if err != nil {
		return err
	}
	plural := ""
	if i := strings.IndexByte(body, '{'); i >= 0 {
		j := strings.IndexByte(body[i:], '}')
		if j < 0 {
			return p.errf("unclosed { in %q", trimmed)
		}
		plural, body = "{"+body[i+1:i+j]+"}", body[:i]+body[i+j+1:]
	}
	if err := p.addPhrases(body); err != nil {
		return err
	}
	if plural != "" {
		p.addPlurals(plural)
	}
	return p.addCodes(codes)
}

// flush ends the current entry; an entry without a code is an error, so
// a typo in a bracket is not silently dropped.
func (p *dictParser) flush() error {
	c := p.cur
	p.cur = nil
	if c == nil {
		return nil
	}
	if len(c.Codes) == 0 {
		return fmt.Errorf("%s:%d: entry has no [CODE]", p.name, c.Line)
	}
	if len(c.Phrases) > 0 {
		p.out = append(p.out, *c)
	}
	return nil
}

func (p *dictParser) substitution(ln string) error {
	key, list, _ := strings.Cut(ln, "=")
	key = strings.ToLower(strings.TrimSpace(key))
	if len(key) < 3 || !strings.HasSuffix(key, "!") {
		return p.errf("bad substitution set %q", ln)
	}
	for _, w := range strings.Split(list, ",") {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			p.subst[key] = append(p.subst[key], w)
		}
	}
	return nil
}
