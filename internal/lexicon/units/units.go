// Package units holds the measurement words figures are read with: units
// and currencies (units.tsv), nouns that count people (people.txt) and the
// words that say which tracked figure a number is (categories.tsv: killed,
// wounded, displaced...). The data is embedded so every run sees the same
// table; lookups are map reads on lower-case words.
package units

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed units.tsv
var unitsTSV string

//go:embed people.txt
var peopleTXT string

//go:embed categories.tsv
var categoriesTSV string

// Kinds of unit.
const (
	Percent  = "percent"
	Currency = "currency"
	Distance = "distance"
	Area     = "area"
	Weight   = "weight"
	Volume   = "volume"
	Duration = "duration"
)

// Unit is one reading of a measurement word.
type Unit struct {
	Name   string  // canonical unit: "percent", "USD", "km", "months"
	Kind   string  // one of the kind constants
	Factor float64 // multiplier applied to the number (1 for plain units)
	Words  int     // number of words in the surface form ("per cent" = 2)
}

type tables struct {
	units      map[string]Unit
	people     map[string]bool
	categories map[string]string
}

var (
	once sync.Once
	tab  tables
)

func load() {
	tab.units = map[string]Unit{}
	tab.people = map[string]bool{}
	tab.categories = map[string]string{}
	for _, line := range lines(unitsTSV) {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic("units: bad units.tsv line: " + line)
		}
		factor, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			panic("units: bad factor in units.tsv line: " + line)
		}
		tab.units[f[0]] = Unit{Name: f[1], Kind: f[2], Factor: factor, Words: len(strings.Fields(f[0]))}
	}
	for _, line := range lines(peopleTXT) {
		for _, w := range strings.Fields(line) {
			tab.people[w] = true
		}
	}
	for _, line := range lines(categoriesTSV) {
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			panic("units: bad categories.tsv line: " + line)
		}
		tab.categories[f[0]] = f[1]
	}
}

// lines returns the non-empty, non-comment lines of an embedded file.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// Lookup returns the unit a lower-case word or phrase ("km", "per cent")
// names.
func Lookup(lower string) (Unit, bool) {
	once.Do(load)
	u, ok := tab.units[lower]
	return u, ok
}

// IsPeople reports whether a lower-case noun counts people.
func IsPeople(lower string) bool {
	once.Do(load)
	return tab.people[lower]
}

// Category returns the tracked-figure category a lower-case word signals
// ("killing" -> "killed"), or "".
func Category(lower string) string {
	once.Do(load)
	return tab.categories[lower]
}
