package verbdict

import (
	"strings"
)

// splitCodes cuts the "[...]" groups off the end of a line and returns
// the text before them and the codes, in order.
func (p *reader) splitCodes(s string) (body string, codes []string, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		if strings.IndexByte(s, ']') >= 0 {
			return "", nil, p.errf("\"]\" without \"[\"")
		}
		return s, nil, nil
	}
	body, rest := s[:i], s[i:]
	for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
		if rest[0] != '[' {
			return "", nil, p.errf("text %q after a [code]", rest)
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return "", nil, p.errf("unclosed \"[\" in %q", s)
		}
		codes = append(codes, strings.TrimSpace(rest[1:j]))
		rest = rest[j+1:]
	}
	return body, codes, nil
}

// code reads "032", "032:033" or "---". A code that is not an event code
// ("+++", "025?", "abc") is kept out with a warning: the line is read but
// codes nothing.
func (p *reader) code(s string) (Code, bool) {
	if s == "---" {
		return Code{Null: true}, true
	}
	a, b, paired := strings.Cut(s, ":")
	if !eventCode(a) || paired && !eventCode(b) && b != "---" {
		p.warnf("[%s] is not an event code: line ignored", s)
		return Code{}, false
	}
	c := Code{Event: a}
	if paired && b != "---" {
		c.Reverse = b
	}
	return c, true
}

// eventCode reports whether s looks like an event code: two to four
// digits, optionally one letter (the validation dictionaries use "174K").
func eventCode(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < 2 || n > 4 {
		return false
	}
	rest := s[n:]
	return rest == "" || len(rest) == 1 && (rest[0]|0x20) >= 'a' && (rest[0]|0x20) <= 'z'
}

// form reads a verb line: "WORDS {IRREGULAR FORMS} [CODE]".
func (p *reader) form(ln string) error {
	if p.verb == nil {
		if p.syn != nil {
			return p.errf("synset %s: members start with \"+\"", p.syn.Name)
		}
		return p.errf("verb %q outside a verb block (a block starts with \"--- VERB [code] ---\")", ln)
	}
	body, codes, err := p.splitCodes(ln)
	if err != nil {
		return err
	}
	var irreg []string
	if i := strings.IndexByte(body, '{'); i >= 0 {
		j := strings.IndexByte(body, '}')
		if j < i {
			return p.errf("unclosed \"{\" in %q", ln)
		}
		if strings.TrimSpace(body[j+1:]) != "" {
			return p.errf("text %q after the {irregular forms}", strings.TrimSpace(body[j+1:]))
		}
		irreg = strings.Fields(body[i+1 : j])
		body = body[:i]
	} else if strings.IndexByte(body, '}') >= 0 {
		return p.errf("\"}\" without \"{\"")
	}
	words, head, err := p.verbWords(body)
	if err != nil {
		return err
	}
	f := Form{Words: words, Head: head, Pos: p.pos}
	f.Inflex = inflect(words[head])
	for _, s := range irreg {
		ws, h, err := p.verbWords(s)
		if err != nil {
			return err
		}
		if len(ws) != len(words) {
			if len(words) > 1 && len(ws) == 1 {
				// "+BREAK_DOWN {BROKE}": the verb word alone.
				f.Inflex = append(f.Inflex, ws[0])
				continue
			}
			return p.errf("irregular form %q does not have the %d words of %q", s, len(words), strings.Join(words, " "))
		}
		f.Inflex = append(f.Inflex, ws[h])
	}
	if len(codes) > 0 {
		if len(codes) > 1 {
			p.warnf("verb %q has %d codes; the first is used", strings.Join(words, " "), len(codes))
		}
		c, ok := p.code(codes[0])
		if !ok {
			c = Code{Null: true}
		}
		f.Code = &c
	}
	p.verb.Forms = append(p.verb.Forms, f)
	return nil
}

// verbWords splits a verb phrase; "+" marks the verb word of a
// multi-word verb, else the first word is the verb.
func (p *reader) verbWords(s string) ([]string, int, error) {
	parts := splitWords(s)
	if len(parts) == 0 {
		return nil, 0, p.errf("empty verb")
	}
	head, marked := 0, false
	words := make([]string, 0, len(parts))
	for i, w := range parts {
		if strings.HasPrefix(w, "+") {
			if marked {
				return nil, 0, p.errf("verb %q marks two words with \"+\"", s)
			}
			w, head, marked = w[1:], i, true
		}
		if w == "" || strings.ContainsAny(w, "&$+%^*[]{}") {
			return nil, 0, p.errf("bad verb word %q in %q", w, s)
		}
		words = append(words, strings.ToLower(w))
	}
	return words, head, nil
}

// pattern reads "ELEMENTS [CODE]" (the "-" already cut).
func (p *reader) pattern(ln string) error {
	if p.verb == nil {
		return p.errf("pattern %q outside a verb block", ln)
	}
	body, codes, err := p.splitCodes(ln)
	if err != nil {
		return err
	}
	if len(codes) == 0 {
		return p.errf("pattern %q has no [code]", strings.TrimSpace(ln))
	}
	elems, err := p.elems(body)
	if err != nil {
		return err
	}
	c, ok := p.code(codes[0])
	if !ok {
		return nil
	}
	text := strings.Join(strings.Fields(body), " ")
	p.verb.Patterns = append(p.verb.Patterns, &Pattern{Elems: elems, Code: c, Text: text, Pos: p.pos})
	return nil
}

// elems splits a pattern into elements. Within a chunk, "_" joins the
// parts; a chunk ending in "_" ("KNOWN_ *") joins the next chunk.
func (p *reader) elems(body string) ([]Elem, error) {
	var out []Elem
	verbs := 0
	for _, chunk := range strings.Fields(body) {
		parts := strings.Split(chunk, "_")
		for i, part := range parts {
			if part == "" {
				// "IN_ *", "_X": a join at the chunk's edge.
				if len(out) > 0 {
					out[len(out)-1].Join = true
				}
				continue
			}
			e, err := p.elem(part)
			if err != nil {
				return nil, err
			}
			if e.Kind == VerbPos {
				verbs++
			}
			if i > 0 && len(out) > 0 && parts[i-1] != "" {
				out[len(out)-1].Join = true
			}
			out = append(out, e)
		}
	}
	if verbs != 1 {
		return nil, p.errf("pattern %q has %d \"*\" (want exactly one, the verb's place)", strings.TrimSpace(body), verbs)
	}
	return out, nil
}

func (p *reader) elem(s string) (Elem, error) {
	switch s {
	case "*":
		return Elem{Kind: VerbPos}, nil
	case "$":
		return Elem{Kind: Source}, nil
	case "+":
		return Elem{Kind: Target}, nil
	case "%":
		return Elem{Kind: Compound}, nil
	case "^":
		return Elem{Kind: Skip}, nil
	}
	if s[0] == '&' {
		if len(s) < 2 || strings.ContainsAny(s[1:], "&$+%^*[]{}") {
			return Elem{}, p.errf("bad synset reference %q", s)
		}
		return Elem{Kind: Syn, Word: strings.ToUpper(s)}, nil
	}
	if strings.ContainsAny(s, "&$+%^*[]{}") {
		return Elem{}, p.errf("pattern word %q mixes a word and a symbol (separate them with a space or \"_\")", s)
	}
	return Elem{Kind: Word, Word: strings.ToLower(s)}, nil
}
