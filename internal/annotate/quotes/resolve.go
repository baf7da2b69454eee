package quotes

import (
	"strings"

	"sitrep/internal/doc"
)

// resolver turns speaker mentions into canonical names: pronouns to the
// last named person, surnames to the full name used earlier, mentions of
// known entities to the entity.
type resolver struct {
	d      *doc.Doc
	people []string // named speakers so far, in order
	f      *finder
}

func (r *resolver) remember(name string, noun bool) {
	if name != "" && !noun {
		r.people = append(r.people, name)
	}
}

// resolve returns the speaker's name and entity id ("" when unknown).
func (r *resolver) resolve(w who) (string, string) {
	if w.pron {
		if len(r.d.Entities) > 0 {
			return r.lastPERBefore(w.span.Start)
		}
		n := r.lastNameBefore(w.span.Start)
		return n, r.entityNamed(n)
	}
	if e := r.entityAt(w.span); e != nil {
		r.remember(e.Name, w.noun)
		return e.Name, e.ID
	}
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(r.d.Slice(w.span), "'s"), "’s"))
	if w.noun {
		return name, ""
	}
	name = stripTitles(name)
	if !strings.Contains(name, " ") {
		name = r.fullName(name, w.span.Start)
	}
	r.remember(name, false)
	return name, r.entityNamed(name)
}

// entityAt returns the entity with a mention overlapping s.
func (r *resolver) entityAt(s doc.Span) *doc.Entity {
	for i := range r.d.Entities {
		for _, m := range r.d.Entities[i].Mentions {
			if m.Span.Overlaps(s) {
				return &r.d.Entities[i]
			}
		}
	}
	return nil
}

// entityNamed returns the id of the person entity called name, or "".
func (r *resolver) entityNamed(name string) string {
	for _, e := range r.d.Entities {
		if e.Name == name {
			return e.ID
		}
	}
	return ""
}

// lastPERBefore returns the person entity mentioned last before off.
func (r *resolver) lastPERBefore(off int) (string, string) {
	best, name, id := -1, "", ""
	for _, e := range r.d.Entities {
		if e.Type != "PER" {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= off && m.Start > best {
				best, name, id = m.Start, e.Name, e.ID
			}
		}
	}
	return name, id
}
