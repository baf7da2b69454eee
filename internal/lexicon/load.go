package lexicon

import (
	"cmp"
	"slices"
	"strings"
)

// Load parses the embedded data files into a new Gazetteer. Most callers
// want Default, which loads once.
func Load() (*Gazetteer, error) {
	b := &builder{g: &Gazetteer{
		exact:     map[string][]Entry{},
		folded:    map[string][]Entry{},
		foldedCap: map[string][]Entry{},
		foldedAcr: map[string][]Entry{},
		firstWord: map[string]int{},
		roles:     map[string]string{},
		roleFirst: map[string]bool{},
		countries: map[string]CountryInfo{},
		places:    map[string][]Entry{},
		persons:   map[string][]Entry{},
	}, seen: map[string]bool{}}
	for _, load := range []func(*builder) error{
		loadCountries, loadIGOs, loadGroups, loadLeaders, loadRoles, loadPlaces,
	} {
		if err := load(b); err != nil {
			return nil, err
		}
	}
	b.finish()
	return b.g, nil
}

type builder struct {
	g    *Gazetteer
	seen map[string]bool // surface+entry identity, to drop repeats
}

// add indexes one surface form of an entry under its exact, folded and
// first-word keys.
func (b *builder) add(surface string, e Entry) {
	k := stripThe(clean(surface))
	if k == "" {
		return
	}
	id := k + "\x00" + e.Kind + "\x00" + e.Code + "\x00" + e.Name + "\x00" + e.From
	if b.seen[id] {
		return
	}
	b.seen[id] = true
	g := b.g
	g.exact[k] = append(g.exact[k], e)
	f := fold(k)
	switch {
	case isAcronym(k):
		g.foldedAcr[f] = appendNew(g.foldedAcr[f], e)
	case !strings.Contains(k, " ") && k != strings.ToLower(k):
		g.foldedCap[f] = appendNew(g.foldedCap[f], e)
	default:
		g.folded[f] = appendNew(g.folded[f], e)
	}
	fw := firstWordKey(k)
	g.firstWord[fw] = max(g.firstWord[fw], tokenSpan(k))
	switch e.Kind {
	case KindPerson:
		g.persons[f] = appendNew(g.persons[f], e)
	case KindPlace:
		g.places[f] = appendNew(g.places[f], e)
	}
}

// appendNew appends e unless an identical entry is already present: two
// surfaces ("Kiev", "Kyiv") fold differently but "Kyiv"/"KYIV" do not.
func appendNew(es []Entry, e Entry) []Entry {
	if slices.Contains(es, e) {
		return es
	}
	return append(es, e)
}

// kindRank orders the readings of an ambiguous phrase: states before their
// capitals and buildings, organisations and people before the looser
// demonym and adjective readings, and plain places last.
var kindRank = map[string]int{
	KindCountry: 0, KindCapital: 1, KindMetonym: 2, KindIGO: 3, KindCollective: 4,
	KindGroup: 5, KindPerson: 6, KindAdjective: 7, KindDemonym: 8, KindPlace: 9,
}

func compareEntries(a, b Entry) int {
	return cmp.Or(
		cmp.Compare(kindRank[a.Kind], kindRank[b.Kind]),
		cmp.Compare(a.Name, b.Name),
		cmp.Compare(a.From, b.From),
		cmp.Compare(a.Code, b.Code),
		cmp.Compare(a.Type, b.Type),
	)
}

// finish sorts every index so no map order can reach a caller.
func (b *builder) finish() {
	for _, m := range []map[string][]Entry{b.g.exact, b.g.folded, b.g.foldedCap, b.g.foldedAcr, b.g.places, b.g.persons} {
		for _, es := range m {
			slices.SortFunc(es, compareEntries)
		}
	}
	b.seen = nil
}

// tokenSpan bounds how many tokens a tokeniser may cut surface k into:
// one per word, plus two per hyphen ("Nagorno - Karabakh") and one per
// apostrophe ("People 's").
func tokenSpan(k string) int {
	return len(strings.Fields(k)) + 2*strings.Count(k, "-") + strings.Count(k, "'")
}
