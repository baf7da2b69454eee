package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the scope of negation and modality: each flag
// ("!" negated, "?" hypothetical) must sit on the right conjunct and the
// right kind of clause. want tokens must appear exactly; not tokens must
// not appear.
func TestModalityScope(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		// a "not" in one conjunct does not reach the other
		{"France will not send jets but is ready to deliver artillery shells to Ukraine.", []string{"FRA>MIL:0332"}, []string{"FRA>MIL:0332!?", "FRA>MIL:0332!"}},
		{"Russian troops did not attack Kyiv but shelled Kharkiv.", []string{"RUSMIL>UKR:190!", "RUSMIL>UKR:194"}, []string{"RUSMIL>UKR:194!"}},
		{"The army did not fire on protesters and arrested their leaders.", []string{"MIL>OPP:193!", "MIL>GOV:173"}, []string{"MIL>GOV:173!"}},
		{"Lebanon did not condemn the strike and thanked Iran for its aid.", []string{"LBN>:111!", "LBN>IRN:018"}, []string{"LBN>IRN:018!"}},
		{"Israeli forces did not withdraw from Gaza but opened a crossing.", []string{"ISRMIL>:0874!", "ISRMIL>:0863"}, []string{"ISRMIL>:0863!"}},
		{"Israel bombed Gaza on Monday but did not attack Lebanon.", []string{"ISR>PSE:195", "ISR>LBN:190!"}, []string{"ISR>PSE:195!"}},
		{"Japan did not condemn the test, but South Korea condemned it.", []string{"JPN>:111!", "KOR>:111"}, nil},
		// a modal in one conjunct does not reach an inflected one
		{"Turkey may close the border and has recalled its envoy from Syria.", []string{"TUR>SYR:191?", "TUR>SYR:161"}, []string{"TUR>SYR:161?"}},
		{"North Korea may test a missile but has not fired one yet.", []string{"PRK>:150?"}, nil},
		// near miss: a bare conjunct shares the "did not" and the modal
		{"Hamas rejected the proposal and fired rockets at Israel.", []string{"PSEREB>:120", "PSEREB>ISR:194"}, nil},
		// "not only ... but also" negates nothing
		{"Israel not only bombed Gaza but also attacked Lebanon.", []string{"ISR>PSE:195", "ISR>LBN:190"}, []string{"ISR>PSE:195!", "ISR>LBN:190!"}},
		{"Russia did not only attack Kyiv but also shelled Odesa.", []string{"RUS>UKR:190", "RUS>UKR:194"}, []string{"RUS>UKR:190!", "RUS>UKR:194!"}},
		// "no longer", "never"
		{"Egypt no longer hosts talks between Israel and Hamas.", []string{"EGY>ISR:043!"}, []string{"EGY>ISR:043"}},
		{"Iran has never attacked Israel directly.", []string{"IRN>ISR:190!"}, []string{"IRN>ISR:190"}},
		{"Somalia never signed the agreement with Kenya.", []string{"SOM>KEN:057!"}, []string{"SOM>KEN:057"}},
		{"Germany would never send troops to Ukraine.", []string{"DEU>UKR:074!?"}, nil},
		{"Kenya has not yet signed the deal with Somalia.", []string{"KEN>SOM:057!"}, []string{"KEN>SOM:057"}},
		// "failed to": the act did not happen
		{"Police failed to arrest the protest leaders.", []string{"COP>GOV:173!"}, []string{"COP>GOV:173"}},
		{"Georgia failed to prevent the protest, and police arrested 20 people.", []string{"COP>CVL:173"}, []string{"COP>CVL:173!"}},
		// "refused to": a 12x refusal, asserted
		{"Hungary refused to sign the agreement with Ukraine.", []string{"HUN>UKR:120"}, []string{"HUN>UKR:057", "HUN>UKR:057!"}},
		{"Mali refused to meet the French envoy.", []string{"MLI>FRAGOV:125"}, nil},
		// "denied": the denial (016) is coded, the denied act is not
		{"The Kremlin denied that Russian troops had attacked the village.", []string{"RUS>:016"}, []string{"RUSMIL>:190"}},
		// "without": the act did not happen
		{"The delegation left without signing the agreement with Serbia.", []string{"GOV>SRB:057!"}, []string{"GOV>SRB:057"}},
		// "neither ... nor"
		{"Neither Armenia nor Azerbaijan signed the agreement.", []string{"ARM>AZE:057!", "AZE>ARM:057!"}, []string{"ARM>AZE:057"}},
		// conditionals
		{"If Iran attacks Israel, the United States will respond.", []string{"IRN>ISR:190?"}, []string{"IRN>ISR:190"}},
		{"Ethiopia would have signed the deal if Eritrea had agreed.", []string{"ETH>:057?"}, []string{"ETH>:057"}},
		{"The rebels said they would attack the capital if talks failed.", []string{"REB>:1384"}, []string{"REB>:190"}},
		// yes/no questions ask, wh-questions presuppose the act
		{"Did Russia attack Finland?", []string{"RUS>FIN:190?"}, []string{"RUS>FIN:190"}},
		{"Has Israel withdrawn its troops from Gaza?", []string{"ISR>ISRMIL:0874?"}, nil},
		{"Why did Russia attack Finland?", []string{"RUS>FIN:190"}, nil},
		// future and plans: an intent, not the act
		{"Germany will send tanks to Ukraine.", []string{"DEU>UKR:072?"}, []string{"DEU>UKR:072"}},
		{"The minister said Germany would send tanks to Ukraine.", []string{"DEU>UKR:0332"}, []string{"DEU>UKR:072"}},
		{"Poland plans to expel Russian diplomats.", nil, []string{"POL>RUSGOV:174"}},
		{"Venezuela threatened to expel the US ambassador.", []string{"VEN>USAGOV:136"}, []string{"VEN>USAGOV:174"}},
		// "is expected to", "unlikely to"
		{"Brazil is expected to visit Argentina next week.", []string{"BRA>ARG:042?"}, []string{"BRA>ARG:042"}},
		{"Brazil is expected to sign the agreement with Argentina.", []string{"BRA>ARG:057?"}, []string{"BRA>ARG:057"}},
		{"Egypt is unlikely to open the Rafah crossing.", []string{"EGY>:0863?"}, []string{"EGY>:0863"}},
		// "reportedly", "allegedly": a reported act is still coded
		{"Russian forces reportedly shelled Kharkiv on Tuesday.", []string{"RUSMIL>UKR:194"}, []string{"RUSMIL>UKR:194?"}},
		{"Serbian police allegedly beat protesters in Belgrade.", []string{"SRBCOP>SRBOPP:182"}, []string{"SRBCOP>SRBOPP:182?"}},
		{"Saudi Arabia allegedly funded the rebels in Yemen.", []string{"SAU>REB:071"}, nil},
		// "could", "might", "should"
		{"Iran could attack Israel within days.", []string{"IRN>ISR:190?"}, []string{"IRN>ISR:190"}},
		{"Turkey might close its border with Syria.", []string{"TUR>SYR:191?"}, []string{"TUR>SYR:191"}},
		{"India should condemn the attack on Pakistan.", []string{"IND>PAK:111?"}, []string{"IND>PAK:111"}},
		// "would" in reported speech and counterfactual "would have"
		{"Pakistan would have attacked India without the ceasefire.", []string{"PAK>IND:190?"}, []string{"PAK>IND:190"}},
		{"The United States could impose sanctions on Iran, officials said.", []string{"USA>IRN:163?"}, []string{"USA>IRN:163"}},
		// near misses: plain asserted acts stay asserted
		{"Nigeria arrested ten protesters and did not release them.", []string{"NGA>OPP:173"}, []string{"NGA>OPP:173!"}},
		{"The French president will visit Algeria, his office said.", []string{"FRAGOV>DZA:036"}, nil},
		{"Syria accused Israel of bombing Damascus.", []string{"SYR>ISR:112"}, nil},
	} {
		got := analyzePartial(t, tc.text)
		toks := map[string]bool{}
		for _, f := range strings.Fields(got) {
			toks[f] = true
		}
		for _, w := range tc.want {
			if !toks[w] {
				t.Errorf("%q:\n got %s\nwant %s", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if toks[w] {
				t.Errorf("%q:\n got %s\nwant no %s", tc.text, got, w)
			}
		}
	}
}
