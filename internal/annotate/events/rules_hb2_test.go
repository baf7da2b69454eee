package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hB2 rules (rules_hb2.go and the "# dev3
// (hB2)" lines of table.txt), in partial mode as the benchmarks are
// scored.
func TestRulesHB2(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// the plural of a "-way" noun is no adverb: civilians blocking roads obstruct
		{"Farmers blocked highways around Lyon on Monday.", ":144"},
		{"Angry farmers blocked motorways near Madrid with their tractors.", ":144"},
		{"Students blocked Liberty Avenue in the capital for a third night.", ":144"},
		// troops massed along, on or near a border are a mobilisation
		{"Kenyan and Somali troops have massed along their shared border.", ":154"},
		{"Serbian soldiers massed near the boundary line last week.", ":154"},
		// suspending a legislature or visas is an administrative sanction
		{"The Kuwaiti emir suspended parliament for up to four years.", ":172"},
		// cutting the internet or suspending broadcasters restricts freedoms
		{"Chadian authorities cut internet access in the capital on Friday.", ":1721"},
		{"The military government suspended two foreign broadcasters for a month.", ":1721"},
		// declaring diplomats persona non grata expels them
		{"Lithuania declared three Belarusian diplomats persona non grata.", ":174"},
		{"The move prompted Latvia to declare two Russian officials persona non grata.", ":174"},
		// seized weapons are confiscated property
		{"Border guards seized rifles and ammunition from the smugglers' truck.", ":1711"},
		// a military strike on a target is an aerial attack, not a labour strike
		{"The Israeli air force carried out strikes on two Syrian air bases.", ":195"},
		// a resultative adjective parsed as the head of the object
		{"Gunmen shot dead a popular Colombian mayoral candidate in Cali.", ":186"},
		// a video call is a call
		{"The Indian prime minister held a video call with the Japanese prime minister on Monday.", ":041"},
		// British doubled "l" in the past of a table verb
		{"Serbia and Kosovo initialled a trade accord in Brussels on Friday.", ":057"},
		// a non-restrictive relative clause the parser hung on the main verb
		{"The prisoners were freed after a visit to Havana by a Spanish envoy, who met President Miguel Diaz-Canel at his office.", ":040"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: "always" stays an adverb; a labour strike on a day;
		// a subordinate visit is not coded; suspending aid is no 172
		{"Farmers always blocked the talks on prices.", ":144"},
		{"Dock workers began a strike on Monday over pay.", ":195"},
		{"Dock workers began a strike on pay.", ":195"},
		{"The two ministers signed the accord during the president's visit to Rome.", ":042"},
		{"The army massed at dawn to honour the dead.", ":154"},
		{"Lithuania declared three Belarusian diplomats guilty of spying.", ":174"},
		{"The Kenyan minister posted a video calling for calm in Nairobi.", ":041"},
		{"Gunmen shot dead two Colombian farmers in Cali.", ":186"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got+" ", tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
