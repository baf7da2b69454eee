package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the v10 rules: acts counted by a head noun ("a
// series of attacks"), more support verbs, nominalised acts that take
// over their verb's patterns ("announced the suspension of talks"), an
// order whose object is the act itself, acts of present participles
// under an act of another root, and the v10 lexical lines of table.txt.
func TestRulesV10(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// counted acts keep the support verb's agent and the target
		{"Somali rebels carried out a series of attacks on Kenyan troops.", "SOMREB>KENMIL:190"},
		// "commit" carries a nominal act
		{"Sudanese troops committed a massacre of Chadian villagers.", "SDNMIL>TCDCVL:202"},
		// nominalised acts through a support verb
		{"Kenya announced the expulsion of Somali diplomats.", "KEN>SOMGOV:166"},
		{"Chile announced the suspension of talks with Peru.", "CHL>PER:164"},
		{"Chad announced the lifting of sanctions on Sudan.", "TCD>SDN:085"},
		// an order with no addressee: the act itself
		{"Turkey ordered the closure of its border with Syria.", "TUR>SYR:191"},
		// the main act of a sentence with a participle of another root
		{"Kenyan troops stormed the rebel camp near Garissa, arresting ten Somali fighters.", "KENMIL>REB:190"},
		// lexical lines
		{"Kuwait extended a loan to Jordan.", "KWT>JOR:071"},
		{"Iran shipped arms to Hezbollah.", "IRN>LBNREB:072"},
		{"Japan voiced its disapproval of China's missile test.", "JPN>CHN:110"},
		{"Britain extended diplomatic recognition to Kosovo.", "GBR>XKX:054"},
	} {
		got := brief(analyze(t, tc.text, "2024-03-01"))
		if !containsPrefix(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s among them", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// an order with an addressee stays a demand
		{"Turkey ordered the army to close the border with Syria.", ":191"},
		// the participle only says what went with the assault
		{"Kenyan troops stormed the rebel camp near Garissa, arresting ten Somali fighters.", ":173"},
		// a nominal act criticised is what the criticism is about
		{"Kenya criticized the expulsion of Somali diplomats by Uganda.", "KEN>SOMGOV:166"},
		{"Chad criticized Sudan's confiscation of the assets.", ":1711"},
	} {
		if got := brief(analyze(t, tc.text, "2024-03-01")) + " "; strings.Contains(got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
