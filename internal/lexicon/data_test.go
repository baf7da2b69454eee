package lexicon

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataParses guards Default's panic: every embedded file must load.
// Column counts, ISO3 shapes, code shapes, dates and coordinates are
// checked row by row inside Load.
func TestDataParses(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.countries); n < 195 {
		t.Errorf("only %d countries, want all UN members and observers", n)
	}
}

// allEntries lists every distinct entry reachable by an exact key.
func allEntries(g *Gazetteer) []Entry {
	seen := map[Entry]bool{}
	var out []Entry
	for _, es := range g.exact {
		for _, e := range es {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// Rows for one name (a person's offices, a group's roles) must not overlap
// in time, or PersonAt and the actor stage could not choose.
func TestNoOverlappingValidity(t *testing.T) {
	byName := map[string][]Entry{}
	for _, e := range allEntries(Default()) {
		if e.Kind == KindPerson || e.Kind == KindGroup {
			byName[e.Kind+"/"+e.Name] = append(byName[e.Kind+"/"+e.Name], e)
		}
	}
	for name, es := range byName {
		for i, a := range es {
			for _, b := range es[i+1:] {
				if overlaps(a, b) {
					t.Errorf("%s: %s %s..%s overlaps %s %s..%s", name, a.Code, a.From, a.To, b.Code, b.From, b.To)
				}
			}
		}
	}
}

func overlaps(a, b Entry) bool {
	end := func(s string) string {
		if s == "" {
			return "9999-12-31"
		}
		return s
	}
	return a.From < end(b.To) && b.From < end(a.To)
}

// Every country-coded actor must start with a known ISO3 and end in a CAMEO
// role code; the role and known-group codes are checked against the CAMEO
// code tables in ../shared when they are present.
func TestCodesAgainstCodebooks(t *testing.T) {
	g := Default()
	types := codebook(t, "CAMEO.type.txt")
	groups := codebook(t, "CAMEO.knowngroup.txt")
	// Known-group codes from the CAMEO actor codebook that the GDELT
	// known-group table lacks.
	if groups != nil {
		for _, c := range []string{"ISI", "PKK", "ADF", "LRA", "SPL", "PLO"} {
			groups[c] = true
		}
	}
	// REL (religious actors) is in the CAMEO actor codebook but not in the
	// GDELT type table.
	if types != nil {
		types["REL"] = true
	}
	for _, e := range allEntries(g) {
		if e.Country != "" {
			if _, ok := g.Country(e.Country); !ok {
				t.Errorf("%s %q: unknown country %s", e.Kind, e.Name, e.Country)
			}
		}
		if e.Group != "" && groups != nil && !groups[e.Group] {
			t.Errorf("%q: known group %s not in CAMEO.knowngroup.txt", e.Name, e.Group)
		}
		if e.Kind != KindPerson && e.Kind != KindGroup || strings.HasPrefix(e.Code, "IGO") || strings.HasPrefix(e.Code, "IMG") {
			continue
		}
		if !strings.HasPrefix(e.Code, e.Country) || len(e.Code) != 6 {
			t.Errorf("%q: code %s is not %s + role", e.Name, e.Code, e.Country)
		} else if types != nil && !types[e.Code[3:]] {
			t.Errorf("%q: role %s not in CAMEO.type.txt", e.Name, e.Code[3:])
		}
	}
	for w, code := range g.roles {
		if types != nil && !types[code] {
			t.Errorf("role word %q: %s not in CAMEO.type.txt", w, code)
		}
	}
}

// codebook reads the first column of a GDELT CAMEO table, or returns nil
// when the shared data is not checked out next to the repository.
func codebook(t *testing.T, name string) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "bench", "codebooks", "gdelt", name))
	if err != nil {
		t.Logf("skipping %s check: %v", name, err)
		return nil
	}
	defer f.Close()
	m := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if code, _, ok := strings.Cut(sc.Text(), "\t"); ok {
			m[code] = true
		}
	}
	return m
}
