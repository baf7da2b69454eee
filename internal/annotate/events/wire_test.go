package events_test

import (
	"strings"
	"testing"
)

// Wire-style sentences written for the rules of wire.go: titles before
// names, an infinitive misread as a modifier, acts of force named by
// their means in passive reports, passives that name their agent,
// nominal acts with a by-agent, forces owned by a pronoun, and places
// named by a nationality. Each rule is tested with several verbs, nouns
// and actors; the near misses must not be coded.
func TestWireConstructions(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// titles + names the actor layer cannot code
		{"British Prime Minister Gordon Brown on Monday denounced Zimbabwe's election as a sham.", "GBRGOV>ZWE:111"},
		{"Norwegian Foreign Minister Jonas Gahr Store criticised Sri Lanka on Thursday over the killing of aid workers.", "NORGOV>LKA:111"},
		{"Thai Prime Minister Samak Sundaravej met Cambodia's prime minister in Bangkok on Friday.", "THAGOV>KHMGOV:040"},
		// an infinitive misread as an attributive modifier
		{"The United States agreed on Tuesday to lift sanctions on Iran.", "USA>IRN:0354"},
		// the means of an act of force names its agent
		{"Two Palestinians were killed in an Israeli air strike in Gaza, medics said.", "ISR>PSE:19"},
		{"Three Palestinian farmers were wounded by Israeli gunfire near the border fence on Saturday, medics said.", "ISR>PSECVL:190"},
		{"At least ten soldiers were killed in a Russian bombing raid on the Georgian town of Gori, officials said.", "RUS>MIL:190"},
		{"Five villagers were killed in Turkish artillery shelling near the Iraqi border, a local official said.", "TURMIL>CVL:190"},
		{"Eleven people were killed in shelling by Syrian government forces in Homs, a monitoring group said.", "SYRMIL>CVL:190"},
		{"Six Afghan policemen were killed in a US helicopter raid in Kunar province, the interior ministry said.", "USA>AFGCOP:190"},
		// a passive that names its agent: the subject is the patient
		{"Pakistan has been accused by India of backing militants in Kashmir.", "IND>PAK:112"},
		{"Iran has been criticised by the United States for its nuclear programme.", "USA>IRN:111"},
		{"Japan has been condemned by China over the visit to the shrine.", "CHN>JPN:111"},
		// the Y of Z by X
		{"The arrest of two Palestinian lawmakers by Israeli forces drew protests on Saturday.", "ISRMIL>PSELEG:173"},
		{"The detention of four Georgian soldiers by Russian troops angered Tbilisi.", "RUSMIL>GEOMIL:173"},
		// forces owned by a pronoun belong to the reporting country
		{"Turkey said Wednesday its warplanes had bombed Kurdish rebel targets in northern Iraq.", "TURMIL>REB:195"},
		{"Israel said its troops had shelled Lebanese villages overnight.", "ISRMIL>LBN:194"},
		{"Russia said on Friday that its forces had attacked Georgian positions.", "RUSMIL>:190"},
		// a place named by its nationality is that country's
		{"Pro-Russian rebels shelled Georgian villages overnight, Tbilisi said.", "REB>GEO:194"},
		{"Hundreds of Tibetan exiles protested outside the Chinese embassy in New Delhi.", ">CHNGOV:141"},
	} {
		if got := analyzePartial(t, tc.text); !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near miss: the supporters of a titled person are not his office
		// (a bare title on its own person is GOV: see TestRulesV12)
		{"Supporters of President Gabriel Sanchez criticised the reform on Monday.", "GOV>"},
		// near miss: an accident is no act of force by the victims' country
		{"Four Israelis were killed in a bus crash near Eilat, police said.", "ISR>"},
		// near miss: a passive with no agent keeps its subject as agent of
		// what it was engaged in
		{"Pakistan has been accused by India of backing militants in Kashmir.", "PAK>IND"},
	} {
		if got := analyzePartial(t, tc.text) + " "; strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
