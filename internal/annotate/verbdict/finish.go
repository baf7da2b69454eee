package verbdict

import (
	"fmt"
	"sort"
)

// finish resolves synsets that name other synsets, checks every synset a
// pattern names, and indexes the verb forms.
func (d *Dict) finish() error {
	names := make([]string, 0, len(d.Synsets))
	for n := range d.Synsets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := d.flatten(d.Synsets[n], map[string]bool{}); err != nil {
			return err
		}
	}
	for _, v := range d.Verbs {
		for _, p := range v.Patterns {
			for _, e := range p.Elems {
				if e.Kind != Syn {
					continue
				}
				s, ok := d.Synsets[e.Word]
				if !ok {
					return &ParseError{Pos: p.Pos, Msg: fmt.Sprintf("pattern names synset %s, which no \"%s\" line defines", e.Word, e.Word)}
				}
				if len(s.Members) == 0 {
					return &ParseError{Pos: s.Pos, Msg: fmt.Sprintf("synset %s has no members", e.Word)}
				}
			}
		}
	}
	d.byWord = map[string][]formRef{}
	for _, v := range d.Verbs {
		if len(v.Forms) == 0 {
			// A block with no verb line codes its name.
			ws := lowerAll(splitWords(v.Name))
			v.Forms = append(v.Forms, Form{Words: ws, Inflex: inflect(ws[0]), Pos: v.Pos})
		}
		for fi, f := range v.Forms {
			for _, w := range f.Inflex {
				d.byWord[w] = append(d.byWord[w], formRef{v: v, f: fi})
			}
		}
	}
	return nil
}

// flatten replaces a synset's references to other synsets by their
// members; a cycle is an error.
func (d *Dict) flatten(s *Synset, seen map[string]bool) error {
	if seen[s.Name] {
		return &ParseError{Pos: s.Pos, Msg: fmt.Sprintf("synset %s contains itself", s.Name)}
	}
	if len(s.refs) == 0 {
		return nil
	}
	seen[s.Name] = true
	for _, r := range s.refs {
		o, ok := d.Synsets[r]
		if !ok {
			return &ParseError{Pos: s.Pos, Msg: fmt.Sprintf("synset %s names synset %s, which is not defined", s.Name, r)}
		}
		if err := d.flatten(o, seen); err != nil {
			return err
		}
		s.Members = append(s.Members, o.Members...)
	}
	s.refs = nil
	delete(seen, s.Name)
	return nil
}
