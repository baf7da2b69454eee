package lexicon

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// A user's dictionary goes on top of the embedded data: a phrase it
// defines replaces every built-in reading of that phrase, so an analyst's
// curated coding always wins.

// LoadWith builds the embedded gazetteer plus the entries of PETRARCH-
// format dictionaries (see ParseDictionary).
func LoadWith(entries []DictEntry) (*Gazetteer, error) {
	g, err := Load()
	if err != nil {
		return nil, err
	}
	b := &builder{g: g, seen: map[string]bool{}}
	for _, e := range entries {
		if e.Agent {
			b.addAgent(e)
		}
	}
	replaced := map[string]bool{}
	for _, e := range entries {
		if e.Agent {
			continue
		}
		for _, ph := range e.Phrases {
			for _, s := range surfaces(ph) {
				if k := stripThe(clean(s)); !replaced[k] {
					replaced[k] = true
					b.forget(k)
				}
			}
		}
	}
	for _, e := range entries {
		if !e.Agent {
			b.addActor(e)
		}
	}
	b.finish()
	return g, nil
}

// LoadDictionaryFiles is LoadWith over dictionary files.
func LoadDictionaryFiles(paths []string) (*Gazetteer, error) {
	var all []DictEntry
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("actors dictionary: %w", err)
		}
		es, err := ParseDictionary(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		if len(es) == 0 {
			return nil, fmt.Errorf("%s: no actors or agents found (is it a PETRARCH-format dictionary?)", p)
		}
		all = append(all, es...)
	}
	return LoadWith(all)
}

var override atomic.Pointer[Gazetteer]

// SetDefault makes g what Default returns from now on, for a process run
// with user dictionaries; nil restores the embedded gazetteer.
func SetDefault(g *Gazetteer) { override.Store(g) }

func (b *builder) addAgent(e DictEntry) {
	code := e.Codes[0].Code
	if code == "" {
		return
	}
	for _, ph := range e.Phrases {
		w := strings.Join(ph.Words, " ")
		b.g.roles[w] = code
		b.g.roleFirst[roleKey(w)] = true
	}
}

func (b *builder) addActor(e DictEntry) {
	name := titleWords(e.Phrases[0].Words)
	for _, dc := range e.Codes {
		if dc.Code == "" {
			continue
		}
		ent := b.actorEntry(e, name, dc)
		for _, ph := range e.Phrases {
			for _, s := range surfaces(ph) {
				b.add(s, ent)
			}
		}
	}
}

// actorEntry decides the kind of a dictionary actor from its code, since
// the format does not say: a known state's code is that state, a longer
// code whose phrase opens with a title ("PRESIDENT_...") is a person in
// office, anything else an organisation or group.
func (b *builder) actorEntry(e DictEntry, name string, dc DatedCode) Entry {
	ent := Entry{Kind: KindGroup, Name: name, Code: dc.Code, Type: "ORG", From: dc.From, To: dc.To}
	if len(dc.Code) >= 3 {
		if ci, ok := b.g.countries[dc.Code[:3]]; ok {
			ent.Country = ci.ISO3
			if len(dc.Code) == 3 {
				ent.Kind, ent.Type, ent.Name = KindCountry, "GPE", ci.Name
			}
		}
	}
	if len(dc.Code) > 3 && len(e.Phrases[0].Words) > 1 {
		if _, ok := b.g.roles[e.Phrases[0].Words[0]]; ok {
			ent.Kind, ent.Type = KindPerson, "PER"
		}
	}
	return ent
}

// forget drops the built-in readings of key k.
func (b *builder) forget(k string) {
	g := b.g
	delete(g.exact, k)
	f := fold(k)
	for _, m := range []map[string][]Entry{g.folded, g.foldedCap, g.foldedAcr} {
		delete(m, f)
	}
}

// stemEndings are the endings a TABARI stem takes in news text: the
// dictionary's "ARGENTIN" is meant to cover "Argentina", "Argentine",
// "Argentinians". Listing them keeps lookups exact (and fast) rather than
// trying every prefix of every word.
var stemEndings = []string{"", "s", "a", "e", "i", "n", "an", "ans", "ia", "ian", "ians", "is", "es", "ese",
	"ish", "ine", "ines", "ean", "eans", "ic", "ics"}

// surfaces are the text forms of a phrase: its words title-cased, and for
// a stem the common endings of its last word.
func surfaces(ph DictPhrase) []string {
	base := titleWords(ph.Words)
	if !ph.Stem || len(ph.Words[len(ph.Words)-1]) < 3 {
		return []string{base}
	}
	out := make([]string, 0, len(stemEndings))
	for _, end := range stemEndings {
		out = append(out, base+end)
	}
	return out
}

func titleWords(ws []string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		if w == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		parts[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(parts, " ")
}
