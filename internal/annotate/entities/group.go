package entities

import (
	"fmt"
	"sort"
	"strings"

	"sitrep/internal/doc"
)

// finish resolves overlaps, links short mentions to full names and groups
// candidates into entities, one per real-world referent.
func (r *resolver) finish() {
	cs := r.cands
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].span.Start != cs[j].span.Start {
			return cs[i].span.Start < cs[j].span.Start
		}
		if cs[i].prio != cs[j].prio {
			return cs[i].prio > cs[j].prio
		}
		return cs[i].span.Len() > cs[j].span.Len()
	})
	kept := cs[:0]
	end := -1
	for _, c := range cs {
		if c.span.Start < end {
			continue
		}
		kept = append(kept, c)
		end = c.span.End
	}
	cs = kept
	r.corefPersons(cs)
	r.corefTitles(cs)
	cs = linkBare(cs)
	r.build(cs)
}

// corefPersons links a surname ("Aliyev") to the full name used elsewhere
// in the document ("Ilham Aliyev"), and takes the full name's code.
func (r *resolver) corefPersons(cs []cand) {
	full := map[string]int{} // last word -> index of a multi-word person
	for i, c := range cs {
		if c.typ != "PER" || strings.HasPrefix(c.key, "TITLE:") {
			continue
		}
		words := strings.Fields(r.d.Slice(c.span))
		if len(words) > 1 {
			full[words[len(words)-1]] = i
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.typ != "PER" || strings.HasPrefix(c.key, "TITLE:") {
			continue
		}
		words := strings.Fields(r.d.Slice(c.span))
		if len(words) != 1 {
			continue
		}
		if j, ok := full[strings.TrimSuffix(words[0], "'s")]; ok {
			c.key = cs[j].key
			if c.code == "" {
				c.code = cs[j].code
			}
			if cs[j].name != "" {
				c.name = cs[j].name
			}
		}
	}
}

// corefTitles links a bare title ("the Azerbaijani president") to the one
// person of the document who holds that role code, if exactly one does.
func (r *resolver) corefTitles(cs []cand) {
	byCode := map[string][]string{}
	for _, c := range cs {
		if c.typ == "PER" && c.code != "" && !strings.HasPrefix(c.key, "TITLE:") {
			ks := byCode[c.code]
			if len(ks) == 0 || ks[len(ks)-1] != c.key {
				found := false
				for _, k := range ks {
					found = found || k == c.key
				}
				if !found {
					byCode[c.code] = append(ks, c.key)
				}
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if !strings.HasPrefix(c.key, "TITLE:") {
			continue
		}
		if ks := byCode[c.code]; len(ks) == 1 {
			c.key = ks[0]
		}
	}
}

func (r *resolver) build(cs []cand) {
	index := map[string]int{}
	for _, c := range cs {
		i, ok := index[c.key]
		if !ok {
			i = len(r.d.Entities)
			index[c.key] = i
			r.d.Entities = append(r.d.Entities, doc.Entity{ID: fmt.Sprintf("e%d", i+1), Type: c.typ})
		}
		e := &r.d.Entities[i]
		e.Mentions = append(e.Mentions, doc.Mention{Span: c.span, Text: r.d.Slice(c.span), Metonym: c.metonym})
		if e.Actor == "" && c.code != "" {
			e.Actor = c.code
		}
		if c.name != "" && (e.Name == "" || c.prio >= 2 && e.Source != "gazetteer") {
			e.Name = c.name
			if c.prio >= 2 {
				e.Source = "gazetteer"
			}
		}
		// A person entity keeps the PER type even when a title came first.
		if c.typ == "PER" || e.Type == "" {
			e.Type = c.typ
		}
	}
	for i := range r.d.Entities {
		e := &r.d.Entities[i]
		if e.Name == "" {
			e.Name = longestMention(e.Mentions)
		}
		if len(e.Actor) >= 3 {
			e.Country = e.Actor[:3]
		} else if e.Type == "GPE" || e.Type == "LOC" || e.Type == "FAC" {
			// A place has no actor code ("talks in Baku"), but the
			// event coder needs whose it is: "shelling positions around
			// Kramatorsk" hits Ukraine's people.
			if p, ok := r.gaz.Place(e.Name); ok {
				e.Country = p.Country
			}
		}
	}
}

func longestMention(ms []doc.Mention) string {
	best := ""
	for _, m := range ms {
		t := strings.TrimSuffix(strings.TrimSuffix(m.Text, "'s"), "’s")
		if len(t) > len(best) {
			best = t
		}
	}
	return best
}

// linkBare gives a bare title ("the president") the entity of the last
// person before it with an office code; a bare title with no such person
// is dropped rather than made an entity of its own.
func linkBare(cs []cand) []cand {
	out := cs[:0]
	last := -1
	for _, c := range cs {
		if strings.HasPrefix(c.key, "BARE:") {
			if last < 0 {
				continue
			}
			p := out[last]
			c.key, c.code, c.name = p.key, p.code, p.name
			out = append(out, c)
			continue
		}
		out = append(out, c)
		if c.typ == "PER" && len(c.code) > 3 {
			last = len(out) - 1
		}
	}
	return out
}
