package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// has reports whether es holds an entry of kind with code.
func has(es []Entry, kind, code string) bool {
	return slices.ContainsFunc(es, func(e Entry) bool { return e.Kind == kind && e.Code == code })
}

func TestLookup(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ phrase, kind, code string }{
		{"Baku", KindCapital, "AZE"},
		{"Yerevan", KindCapital, "ARM"},
		{"Kiev", KindCapital, "UKR"},
		{"Azerbaijan", KindCountry, "AZE"},
		{"Azerbaijan's", KindCountry, "AZE"},
		{"Azerbaijan’s", KindCountry, "AZE"},
		{"Azerbaijani", KindAdjective, "AZE"},
		{"Azeris", KindDemonym, "AZE"},
		{"Armenians", KindDemonym, "ARM"},
		{"the Kremlin", KindMetonym, "RUS"},
		{"Kremlin", KindMetonym, "RUS"},
		{"Downing Street", KindMetonym, "GBR"},
		{"Pentagon", KindMetonym, "USAMIL"},
		{"Britain", KindCountry, "GBR"},
		{"U.K.", KindCountry, "GBR"},
		{"US", KindCountry, "USA"},
		{"Türkiye", KindCountry, "TUR"},
		{"Turkiye", KindCountry, "TUR"},
		{"Islamic Republic", KindCountry, "IRN"},
		{"Abkhazia", KindCountry, "GEO"},
		{"UNSC", KindIGO, "IGOUNO"},
		{"United Nations Security Council", KindIGO, "IGOUNO"},
		{"Security Council", KindIGO, "IGOUNO"},
		{"security council", KindIGO, "IGOUNO"},
		{"Security Council’s", KindIGO, "IGOUNO"},
		{"UN", KindIGO, "IGOUNO"},
		{"EU", KindIGO, "IGOEUREEC"},
		{"Nato", KindIGO, "IGOWSTNAT"},
		{"Red Cross", KindIGO, "NGOHLHIRC"},
		{"West", KindCollective, "WST"},
		{"world community", KindCollective, "INT"},
		{"international community", KindCollective, "INT"},
		{"Houthis", KindGroup, "YEMREB"},
		{"Hamas", KindGroup, "PSEREB"},
		{"Aliyev", KindPerson, "AZEGOV"},
		{"Nikol Pashinyan", KindPerson, "ARMGOV"},
	} {
		if es := g.Lookup(tc.phrase); !has(es, tc.kind, tc.code) {
			t.Errorf("Lookup(%q) = %v, want a %s %s", tc.phrase, es, tc.kind, tc.code)
		}
	}
}

func TestLookupRejects(t *testing.T) {
	g := Default()
	for _, phrase := range []string{"us", "Us", "who", "west", "turkey", "amnesty", "Brussels is", "the", ""} {
		for _, e := range g.Lookup(phrase) {
			if e.Kind != KindPlace && e.Kind != KindCapital {
				t.Errorf("Lookup(%q) matched %+v", phrase, e)
			}
		}
	}
	if has(g.Lookup("Brussels"), KindIGO, "IGOEUREEC") {
		t.Error("Brussels must not be an alias of the EU")
	}
}

func TestPersonAt(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ name, date, code string }{
		{"Aliyev", "2023-08-17", "AZEGOV"},
		{"Pashinyan", "2023-08-17", "ARMGOV"},
		{"Biden", "2022-03-01", "USAGOV"},
		{"Biden", "2026-01-10", ""},
		{"Trump", "2019-06-01", "USAGOV"},
		{"Trump", "2023-06-01", ""},
		{"Trump", "2025-01-20", "USAGOV"},
		{"Shoigu", "2023-01-01", "RUSMIL"},
		{"Shoigu", "2025-01-01", "RUSGOV"},
		{"Akhundzada", "2020-01-01", "AFGREB"},
		{"Akhundzada", "2022-01-01", "AFGGOV"},
		{"Guterres", "2023-08-17", "IGOUNO"},
		{"Aoun", "2019-01-01", "LBNGOV"},
	} {
		e, ok := g.PersonAt(tc.name, tc.date)
		if got := map[bool]string{true: e.Code}[ok]; got != tc.code {
			t.Errorf("PersonAt(%q, %s) = %q (%s), want %q", tc.name, tc.date, got, e.Name, tc.code)
		}
	}
}

func TestRole(t *testing.T) {
	g := Default()
	for word, want := range map[string]string{
		"government": "GOV", "Officials": "GOV", "foreign minister": "GOV", "troops": "MIL",
		"defence ministry": "MIL", "rebels": "REB", "separatists": "REB", "protesters": "OPP",
		"residents": "CVL", "villagers": "CVL", "refugees": "REF", "police": "COP", "judges": "JUD",
		"lawmakers": "LEG", "journalists": "MED", "companies": "BUS", "doctors": "HLH",
		"students": "EDU", "aid workers": "NGO", "ministers": "GOV", "soldiers": "MIL",
	} {
		if got, ok := g.Role(word); !ok || got != want {
			t.Errorf("Role(%q) = %q, %v; want %s", word, got, ok, want)
		}
	}
	if _, ok := g.Role("table"); ok {
		t.Error(`Role("table") matched`)
	}
}

func TestPlaces(t *testing.T) {
	g := Default()
	st, ok1 := g.Place("Stepanakert")
	kh, ok2 := g.Place("Khankendi")
	if !ok1 || !ok2 || st != kh || st.Lat == 0 || st.Country != "AZE" {
		t.Errorf("Stepanakert %+v and Khankendi %+v should be one place with coordinates", st, kh)
	}
	if e, ok := g.Place("Xankəndi"); !ok || e.Name != "Stepanakert" {
		t.Errorf("Xankəndi = %+v", e)
	}
	for phrase, typ := range map[string]string{
		"Lachin corridor": "FAC", "Lachin Corridor": "FAC", "Zangezor Corridor": "FAC",
		"Karabakh": "LOC", "mountainous Karabagh": "LOC", "Caspian Basin": "LOC", "Central Asia": "LOC",
		"Caucasus": "LOC", "Kharkov": "GPE", "Deir ez-Zor": "GPE",
	} {
		es := g.Lookup(phrase)
		if len(es) == 0 || es[0].Type != typ || es[0].Code != "" {
			t.Errorf("Lookup(%q) = %+v, want a %s place with no actor code", phrase, es, typ)
		}
	}
	if e, ok := g.Place("Baku"); !ok || e.Lat < 40 || e.Lat > 41 {
		t.Errorf("Place(Baku) = %+v, want the capital's position", e)
	}
}

func TestCountry(t *testing.T) {
	ci, ok := Default().Country("aze")
	if !ok || ci.Capital != "Baku" || ci.Name != "Azerbaijan" || !slices.Contains(ci.Demonyms, "Azeris") {
		t.Errorf("Country(aze) = %+v", ci)
	}
	if _, ok := Default().Country("XYZ"); ok {
		t.Error("Country(XYZ) found")
	}
}

func TestLongestMatch(t *testing.T) {
	g := Default()
	words := strings.Fields("the United Nations Security Council met on Karabakh as the Lachin corridor stayed shut by Baku ’s forces in Nagorno - Karabakh")
	for _, tc := range []struct {
		i, n int
		code string
	}{
		{0, 0, ""}, {1, 4, "IGOUNO"}, {2, 0, ""}, {7, 1, ""}, {10, 2, ""}, {15, 1, "AZE"}, {19, 3, ""},
	} {
		n, es := g.LongestMatch(words, tc.i)
		if n != tc.n || (n > 0 && es[0].Code != tc.code) {
			t.Errorf("LongestMatch(%d %q) = %d %v, want %d %s", tc.i, words[tc.i], n, es, tc.n, tc.code)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := Load()
	b, _ := Load()
	for _, p := range []string{"Lachin", "Georgia", "Azerbaijani", "Taliban", "STC", "Aoun"} {
		if !slices.Equal(a.Lookup(p), b.Lookup(p)) {
			t.Errorf("Lookup(%q) differs between loads", p)
		}
	}
}

func BenchmarkLongestMatch(b *testing.B) {
	g := Default()
	words := strings.Fields(`After several rounds of fruitless negotiations between Azerbaijan and Armenia over the
past months , the United Nations Security Council is undertaking the case . The EU and US foist their demands on
Baku and Yerevan governments , and Aliyev met Armenian Prime Minister Nikol Pashinyan in Brussels about the
Lachin corridor and the Zangezor Corridor while Houthis attacked ships in the Red Sea .`)
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < len(words); {
			n, _ := g.LongestMatch(words, i)
			i += max(n, 1)
		}
	}
}

// TestMayStartRole checks that the filter never rejects a token that
// starts a phrase Role accepts: every role, its plural forms and its
// capitalised forms.
func TestMayStartRole(t *testing.T) {
	g := Default()
	for k := range g.roles {
		first := strings.Fields(k)[0]
		forms := []string{first, strings.ToUpper(first), strings.ToUpper(first[:1]) + first[1:]}
		if !strings.Contains(k, " ") {
			forms = append(forms, k+"s", k+"es", strings.TrimSuffix(k, "y")+"ies")
		}
		for _, f := range forms {
			if _, ok := g.Role(f); ok || f == first {
				if !g.MayStartRole(f) {
					t.Errorf("MayStartRole(%q) = false, but %q is a role", f, k)
				}
			}
		}
	}
	for _, w := range []string{"the", "Baku", "said", "on"} {
		if _, ok := g.Role(w); !ok && g.MayStartRole(w) {
			t.Logf("note: MayStartRole(%q) is true", w)
		}
	}
}
