// Package lexicon holds sitrep's gazetteers and actor lexicon: countries,
// capitals and seats of government, demonyms, international organisations,
// armed groups, office holders, role words and conflict places. The data
// lives in TSV files under data/ that are embedded in the binary, so a
// build is self-contained and every run sees the same facts.
package lexicon

import (
	"embed"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Entry kinds.
const (
	KindCountry    = "country"
	KindCapital    = "capital"
	KindMetonym    = "metonym"
	KindDemonym    = "demonym"
	KindAdjective  = "adjective"
	KindIGO        = "igo"
	KindGroup      = "group"
	KindPerson     = "person"
	KindPlace      = "place"
	KindCollective = "collective"
)

// Entry is one reading of a gazetteer phrase. A phrase can have several
// readings ("Georgia", "Lachin"); Lookup returns all of them in a fixed order.
type Entry struct {
	Kind    string // one of the Kind constants
	Name    string // canonical name: "Azerbaijan", "Ilham Aliyev", "Lachin corridor"
	Code    string // CAMEO actor code: AZE, IGOUNO, AZEGOV for a person; "" for places
	Country string // ISO 3166-1 alpha-3 of the country the entry belongs to, or ""
	Type    string // entity type: GPE, ORG, PER, NORP, LOC, FAC
	Group   string // CAMEO known-group code (HMS, HEZ, TAL) when one exists
	Lat     float64
	Lon     float64
	From    string // validity start YYYY-MM-DD, "" = open
	To      string // validity end YYYY-MM-DD (exclusive), "" = open
}

// CountryInfo is everything the gazetteer knows about one state.
type CountryInfo struct {
	ISO3       string
	Status     string // member, observer, disputed
	Name       string
	Aliases    []string
	Adjectives []string
	Demonyms   []string
	Capital    string
	Metonyms   []string // capital spellings and seats of government
	Lat, Lon   float64  // centroid
	CapLat     float64
	CapLon     float64
}

// Gazetteer answers phrase lookups. It is immutable after Load and safe for
// concurrent use.
type Gazetteer struct {
	exact     map[string][]Entry // normalised phrase, case kept
	folded    map[string][]Entry // folded key of multi-word or lower-case surfaces
	foldedCap map[string][]Entry // folded key of capitalised one-word surfaces
	foldedAcr map[string][]Entry // folded key of surfaces written in capitals
	firstWord map[string]int     // firstWordKey -> most tokens a phrase starting so can span
	roles     map[string]string  // lower-case role word -> role code
	roleFirst map[string]bool    // roleKey of every role, for MayStartRole
	countries map[string]CountryInfo
	places    map[string][]Entry // folded place name -> place entries
	persons   map[string][]Entry // folded person surface -> office rows
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer built from the embedded data, loading it on
// first use, or the one SetDefault installed. It panics if the embedded data is malformed; TestDataParses
// guards against shipping such data.
func Default() *Gazetteer {
	if g := override.Load(); g != nil {
		return g
	}
	defaultOnce.Do(func() {
		g, err := Load()
		if err != nil {
			panic("lexicon: embedded data: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}
