package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the dev2 (hU) lexicon (table.txt "# dev2 (hU)",
// objclass.txt @vessel, display_source.go), in partial mode as the
// benchmarks are scored.
func TestRulesHU(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// 0842, 171: ships released, seized or detained
		{"Iran released the seized tanker on Friday.", "IRN>:0842"},
		{"The Iranian navy seized a Panamanian-flagged tanker in the Gulf.", ":171"},
		// 081: easing limits, curbs or caps
		{"Washington relaxed its limits on remittances to Havana.", "USA>:081"},
		// 086, 0862: letting in or readmitting observers and inspectors
		{"Caracas let international observers monitor the vote.", ":086"},
		{"Baghdad readmitted U.N. inspectors after a long absence.", "IRQ>IGOUNO:0862"},
		// 087: forces disengaging
		{"Greek and Turkish troops disengaged from the disputed ridge.", ":087"},
		// 162, 1623, 164: pausing aid, deliveries, talks
		{"The U.N. agency paused food deliveries to the province.", ":1623"},
		{"Brussels paused budget support to the junta.", ":162"},
		// 163: cutting off trade or shipments
		{"Saudi Arabia cut off oil shipments to Europe.", "SAU>:163"},
		// 164: walking out of talks (143 when there are no talks)
		{"The rebels walked out of the peace talks in Geneva.", "REB>:164"},
		{"Dock workers walked out over pay on Monday.", ":143"},
		// 201: expelling a whole community
		{"The regime expelled the Asian community from the country.", ":201"},
		// 150: a military parade, a show of force
		{"Beijing held a military parade in the capital.", ":150"},
		{"Chinese warships sailed near the island in a show of force.", "CHN"},
		{"Chinese warships sailed near the island in a show of force.", ":150"},
		// 153: rushing police in
		{"The government rushed riot police to the capital.", "GOV>:153"},
		// 173: opening a case against someone
		{"Prosecutors opened a criminal case against the opposition leader.", ":173"},
		// 092: documenting abuses
		{"Human Rights Watch documented torture in Syrian prisons.", ":092"},
		// 166: troops expelled or ordered out (not individuals, 174)
		{"Bamako expelled the remaining French forces.", ":166"},
		{"The junta ordered French troops out of the country.", ":166"},
		// noun_source.go: a conjunct of an enacted object
		{"Armenia declared martial law and a general mobilisation of reservists.", "ARM>:154"},
		// not_yet.go: the clause's own act is still coded
		{"The interior ministry deployed riot police across the city ahead of the planned opposition march.", ":153"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses: not a ship, not military, not against anyone
		{"The publisher released a new book about tankers.", ":08"},
		{"Thousands watched the Pride parade in Madrid.", ":150"},
		{"The museum opened a show of paintings in Paris.", ":150"},
		{"Russian bombers flew along the coast in a show of solidarity.", ":150"},
		{"The company opened a new case study on exports.", ":173"},
		{"Human Rights Watch documented torture in Syrian prisons.", ":18"},
		{"The junta ordered French troops out of the country.", ":174"},
		// not_yet.go: an act still to come is not reported as done
		{"The interior ministry deployed riot police across the city ahead of the planned opposition march.", ":141"},
		{"Riot police lined the avenue ahead of the opposition rally.", ":141"},
		{"Officials discussed the proposed blockade of the port.", ":191"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
