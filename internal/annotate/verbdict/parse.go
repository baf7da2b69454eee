package verbdict

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sitrep/internal/lexicon"
)

// ParseError is a dictionary error at a file and line.
type ParseError struct {
	Pos Pos
	Msg string
}

func (e *ParseError) Error() string { return e.Pos.String() + ": " + e.Msg }

// Parse reads one PETRARCH-format verb dictionary. name (the file's base
// name is kept) is used in errors and in each pattern's provenance.
func Parse(r io.Reader, name string) (*Dict, error) {
	d := &Dict{Synsets: map[string]*Synset{}}
	if err := d.read(r, filepath.Base(name)); err != nil {
		return nil, err
	}
	if err := d.finish(); err != nil {
		return nil, err
	}
	return d, nil
}

// ParseFiles reads several verb dictionaries into one, in order: a
// synset defined twice is an error, and the verbs of every file are kept.
func ParseFiles(paths []string) (*Dict, error) {
	d := &Dict{Synsets: map[string]*Synset{}}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("verb dictionary: %w", err)
		}
		err = d.read(f, filepath.Base(p))
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if len(d.Verbs) == 0 {
		return nil, fmt.Errorf("%s: no verb blocks found (is it a PETRARCH-format verb dictionary?)", strings.Join(paths, ", "))
	}
	if err := d.finish(); err != nil {
		return nil, err
	}
	return d, nil
}

// reader is the state of one file being read.
type reader struct {
	d     *Dict
	pos   Pos
	verb  *Verb   // the current verb block
	syn   *Synset // the current synset, until the next block or synset
	inXML bool    // inside a multi-line <!-- --> comment
}

func (d *Dict) read(r io.Reader, name string) error {
	p := &reader{d: d, pos: Pos{File: name}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		p.pos.Line++
		if err := p.line(sc.Text()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return &ParseError{Pos: p.pos, Msg: err.Error()}
	}
	return nil
}

func (p *reader) errf(format string, a ...any) error {
	return &ParseError{Pos: p.pos, Msg: fmt.Sprintf(format, a...)}
}

func (p *reader) warnf(format string, a ...any) {
	p.d.Warnings = append(p.d.Warnings, p.pos.String()+": "+fmt.Sprintf(format, a...))
}

// line reads one line: comments go, then its first character says what
// it is.
func (p *reader) line(ln string) error {
	ln = p.stripComments(ln)
	ln = strings.TrimSpace(ln)
	switch {
	case ln == "":
		return nil
	case strings.HasPrefix(ln, "---"):
		return p.header(ln)
	case ln[0] == '&':
		return p.synset(ln)
	case ln[0] == '-':
		return p.pattern(strings.TrimSpace(ln[1:]))
	case ln[0] == '+' && p.syn != nil:
		return p.member(strings.TrimSpace(ln[1:]))
	default:
		return p.form(ln)
	}
}

// stripComments removes "<!-- -->" (possibly over several lines) and
// everything from "#". A "#" inside a header ("--- X [---] # NOUN ---")
// starts a comment too.
func (p *reader) stripComments(ln string) string {
	ln, p.inXML = lexicon.StripXMLComment(ln, p.inXML)
	return cutHash(ln)
}

// cutHash cuts a "#" comment; a "#" inside brackets is part of a code
// ("[###]", TABARI's discard code).
func cutHash(s string) string {
	in := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			in = true
		case ']':
			in = false
		case '#':
			if !in {
				return s[:i]
			}
		}
	}
	return s
}

// header starts a verb block: "--- NAME [CODE] ---".
func (p *reader) header(ln string) error {
	body := strings.TrimSpace(strings.TrimPrefix(ln, "---"))
	body = strings.TrimSpace(strings.TrimSuffix(body, "---"))
	name, codes, err := p.splitCodes(body)
	if err != nil {
		return err
	}
	name = strings.Trim(strings.Join(strings.Fields(name), " "), "_ ")
	if name == "" {
		return p.errf("verb block header without a verb: %q", ln)
	}
	if len(codes) == 0 {
		return p.errf("verb block %q has no [code] (use [---] for none)", name)
	}
	if len(codes) > 1 {
		p.warnf("verb block %q has %d codes; the first, [%s], is used", name, len(codes), codes[0])
	}
	v := &Verb{Name: name, Pos: p.pos}
	if c, ok := p.code(codes[0]); ok {
		v.Code = c
	} else {
		v.Code = Code{Null: true}
	}
	p.d.Verbs = append(p.d.Verbs, v)
	p.verb, p.syn = v, nil
	return nil
}

// synset starts a synset: "&NAME".
func (p *reader) synset(ln string) error {
	name := strings.ToUpper(strings.TrimRight(strings.Fields(ln)[0], "_"))
	if len(name) < 2 || strings.ContainsAny(name[1:], "&$+%^*[]{}") {
		return p.errf("bad synset name %q", ln)
	}
	if len(strings.Fields(ln)) > 1 {
		return p.errf("synset %s: members go on the following lines, one per line, after \"+\"", name)
	}
	if old, ok := p.d.Synsets[name]; ok {
		return p.errf("synset %s defined twice (first at %s)", name, old.Pos)
	}
	s := &Synset{Name: name, Pos: p.pos}
	p.d.Synsets[name] = s
	p.syn, p.verb = s, nil
	return nil
}

// member adds one "+WORDS" line to the current synset.
func (p *reader) member(ln string) error {
	words := splitWords(ln)
	if len(words) == 0 {
		return p.errf("empty synset member in %s", p.syn.Name)
	}
	if len(words) == 1 && strings.HasPrefix(words[0], "&") {
		p.syn.refs = append(p.syn.refs, strings.ToUpper(strings.TrimRight(words[0], "_")))
		return nil
	}
	for _, w := range words {
		if strings.ContainsAny(w, "&$%^*[]{}") {
			return p.errf("synset %s: member %q has a pattern symbol", p.syn.Name, ln)
		}
	}
	p.syn.Members = append(p.syn.Members, lowerAll(words))
	return nil
}

// splitWords splits on spaces and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '_' || r == '\t' })
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}
