package lexicon

import (
	"slices"
	"strings"
)

// Lookup returns every reading of phrase, best first. A match in the case
// of the data wins. Otherwise the case- and accent-folded key is tried with
// two guards against common words: all-lower-case input matches only
// multi-word names ("security council"), never a one-word name ("turkey",
// "west", "amnesty") nor an acronym ("us", "who"); and an acronym matches
// other casings only in house styles such as "Nato" (see acronymFoldOK).
// A leading "the" and a trailing possessive are ignored. The returned
// slice is shared and must not be modified.
func (g *Gazetteer) Lookup(phrase string) []Entry {
	if es, ok := g.exact[phrase]; ok {
		return es // fast path: the phrase is already in key form
	}
	k := stripThe(clean(phrase))
	if es := g.lookupKey(k); es != nil {
		return es
	}
	if s, ok := stripPossessive(k); ok {
		return g.lookupKey(s)
	}
	return nil
}

func (g *Gazetteer) lookupKey(k string) []Entry {
	if k == "" {
		return nil
	}
	if es, ok := g.exact[k]; ok {
		return es
	}
	lower := strings.ToLower(k)
	f := foldLower(lower) // fold(k)
	if k == lower {
		return g.folded[f]
	}
	var parts [][]Entry
	for _, es := range [][]Entry{g.folded[f], g.foldedCap[f]} {
		if len(es) > 0 {
			parts = append(parts, es)
		}
	}
	if acr := g.foldedAcr[f]; len(acr) > 0 && acronymFoldOK(k) {
		parts = append(parts, acr)
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return parts[0]
	}
	out := slices.Concat(parts...)
	slices.SortFunc(out, compareEntries)
	return slices.CompactFunc(out, func(a, b Entry) bool { return a == b })
}

// MaxPhraseTokens bounds LongestMatch: no gazetteer phrase is longer.
const MaxPhraseTokens = 6

// LongestMatch finds the longest gazetteer phrase that starts at words[i]
// and returns its length in tokens with its readings; n is 0 when none
// does. It never starts at an article and never ends on a possessive
// clitic token, so "the Kremlin 's" yields "Kremlin" alone; the caller
// steps past such tokens itself.
func (g *Gazetteer) LongestMatch(words []string, i int) (n int, entries []Entry) {
	if i < 0 || i >= len(words) || strings.EqualFold(words[i], "the") {
		return 0, nil
	}
	span := g.firstWordSpan(words[i])
	if span == 0 {
		return 0, nil
	}
	maxN := min(span, MaxPhraseTokens, len(words)-i)
	// The phrase of n words is a prefix of the one of maxN words: build
	// that once and slice it.
	var ends [MaxPhraseTokens]int
	phrase := words[i]
	ends[0] = len(phrase)
	if maxN > 1 {
		size := 0
		for _, w := range words[i : i+maxN] {
			size += len(w) + 1
		}
		var sb strings.Builder
		sb.Grow(size)
		for j, w := range words[i : i+maxN] {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(w)
			ends[j] = sb.Len()
		}
		phrase = sb.String()
	}
	for n = maxN; n >= 1; n-- {
		if isClitic(words[i+n-1]) {
			continue
		}
		if es := g.Lookup(phrase[:ends[n-1]]); len(es) > 0 {
			return n, es
		}
	}
	return 0, nil
}

// firstWordSpan is firstWord[firstWordKey(w)] without allocating for the
// usual short ASCII token: the map index with string(buf) does not copy.
func (g *Gazetteer) firstWordSpan(w string) int {
	var buf [32]byte
	n := 0
	if !isPlain(w) {
		return g.firstWord[firstWordKey(clean(w))]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if n == len(buf) {
			return g.firstWord[firstWordKey(w)]
		}
		if c == ' ' || c == '-' || c == '\'' {
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return g.firstWord[string(buf[:n])]
}

func isClitic(w string) bool {
	switch w {
	case "'s", "’s", "'", "’", "'S":
		return true
	}
	return false
}

// PersonAt returns the office row of the person called name that is valid
// on date (YYYY-MM-DD): From <= date < To. When one person held two
// offices that day, the one that started last wins. ok is false when the
// name is unknown or held no listed office then ("Biden" in 2026).
func (g *Gazetteer) PersonAt(name, date string) (Entry, bool) {
	k := stripThe(clean(name))
	if s, ok := stripPossessive(k); ok && g.persons[fold(k)] == nil {
		k = s
	}
	var best Entry
	found := false
	for _, e := range g.persons[fold(k)] {
		if e.From <= date && (e.To == "" || date < e.To) && (!found || e.From >= best.From) {
			best, found = e, true
		}
	}
	return best, found
}

// Country returns what is known about the state with ISO 3166-1 alpha-3
// code iso3.
func (g *Gazetteer) Country(iso3 string) (CountryInfo, bool) {
	ci, ok := g.countries[strings.ToUpper(iso3)]
	return ci, ok
}

// Place returns the place called name with its coordinates for the map.
// Names of places come first; a country or capital name falls back to the
// state's centroid or the capital's position.
func (g *Gazetteer) Place(name string) (Entry, bool) {
	k := stripThe(clean(name))
	if es := g.places[fold(k)]; len(es) > 0 {
		return es[0], true
	}
	for _, e := range g.Lookup(name) {
		if e.Kind == KindCountry || e.Kind == KindCapital || e.Kind == KindMetonym || e.Kind == KindPlace {
			return e, true
		}
	}
	return Entry{}, false
}
