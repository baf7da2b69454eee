package export

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"sitrep/internal/lexicon"
)

//go:embed data/cameo_parts.tsv
var partsTSV string

// parts maps an upper-case three-letter part to its kind: type,
// knowngroup, religion or ethnic. A part listed under several kinds keeps
// the first in that order (types before ethnic codes: "COP" is police, not
// an ethnic group).
var parts = sync.OnceValue(func() map[string]string {
	rank := map[string]int{"type": 0, "knowngroup": 1, "religion": 2, "ethnic": 3}
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(partsTSV))
	for sc.Scan() {
		kind, code, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(kind, "#") || kind == "kind" {
			continue
		}
		code = strings.ToUpper(code)
		if have, dup := m[code]; dup && rank[have] <= rank[kind] {
			continue
		}
		m[code] = kind
	}
	return m
})

// Actor is a CAMEO actor code split into GDELT 2.0's actor columns.
type Actor struct {
	Code, Name, Country, KnownGroup, Ethnic string
	Religion                                [2]string
	Type                                    [3]string
}

// SplitActor splits a CAMEO actor code into its parts: "AZEGOV" is
// country AZE, type GOV; "IGOUNOREFHCR" is type IGO, known group UNO,
// type REF; "PSEHMS" is country PSE, known group HMS. The first part is
// the country when the gazetteer knows it as one, or when it is no known
// type, group, religion or ethnic code (CAMEO region codes such as WST).
// Name is the country's name in capitals, as GDELT writes it, when the
// code is a country with at most role parts.
func SplitActor(code string) Actor {
	a := Actor{Code: code}
	if len(code) < 3 || len(code)%3 != 0 {
		return a
	}
	kinds := parts()
	nt, nr := 0, 0
	for i := 0; i+3 <= len(code); i += 3 {
		p := code[i : i+3]
		kind := kinds[p]
		if i == 0 {
			if _, ok := lexicon.Default().Country(p); ok || kind == "" {
				a.Country = p
				continue
			}
		}
		switch kind {
		case "type":
			if nt < 3 {
				a.Type[nt] = p
				nt++
			}
		case "knowngroup":
			if a.KnownGroup == "" {
				a.KnownGroup = p
			}
		case "religion":
			if nr < 2 {
				a.Religion[nr] = p
				nr++
			}
		case "ethnic":
			if a.Ethnic == "" {
				a.Ethnic = strings.ToLower(p)
			}
		}
	}
	if a.Country != "" {
		if ci, ok := lexicon.Default().Country(a.Country); ok {
			a.Name = strings.ToUpper(ci.Name)
		}
	}
	return a
}
