package events_test

import (
	"strings"
	"testing"
)

// Sentences written for the hW round (agents_hw.go, repair_tags_hw.go,
// repair_hw.go, table.txt "# hW"): agents named through a leading
// country or a nationality on a military unit, and tagging and parse
// repairs that left an act without its verb or subject. Partial mode, as
// the benchmarks are scored.
func TestRulesHW(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// a coalition or force led by a country acts as that country
		{"The Saudi-led coalition bombed a fuel depot near Sanaa.", "SAU>YEM:195"},
		{"The Saudi-led coalition lifted its blockade of the port.", "SAU>"},
		{"US-led forces attacked the town at dawn.", "USAMIL>:190"},
		// a backed party is not its backer
		{"Iranian-backed militias attacked a convoy.", "REB>:190"},
		// a nationality on a military unit
		{"Soviet airborne divisions attacked the city.", "USRMIL>:190"},
		{"Two Egyptian infantry divisions crossed the canal and attacked the fortifications.", "EGYMIL>:190"},
		// a former state
		{"In 1968 the Soviet Union invaded Czechoslovakia.", "USR>:192"},
		{"The Soviets withdrew from Afghanistan.", "USR>"},
		// "withheld" read as a preposition or auxiliary
		{"The administration withheld $200 million in military aid from Cairo.", ">:162"},
		{"The government withheld aid from the rebel region.", "GOV>REB:162"},
		{"The donors withheld $50 million in budget financing from Malawi.", ">MWI:162"},
		// "shot" read as a noun before a coordinated verb: one act
		{"A sniper shot and wounded a policeman in the square.", ":190"},
		// "graves" read as a verb after "mass"
		{"Police investigators exhumed mass graves near the village.", "COP>:094"},
		// a reduced relative clause: the device's planter is the agent
		{"A roadside bomb planted by insurgents killed three soldiers.", "REB>MIL:1833"},
		{"A car bomb planted by rebels exploded in a bus station, killing nine people.", "REB>CVL:1832"},
		// "International" at the end of a name
		{"Amnesty International documented widespread torture in the camps.", "NGOHRIAMN>:092"},
		// a treasury is its government's (roles.tsv)
		{"The U.S. Treasury disbursed $500 million in budget support to Kyiv.", "USAGOV>"},
		// a substantive adjective: "the wounded"
		{"Red Cross helicopters evacuated the wounded from the besieged city.", ":073"},
		// a capital read as a function word
		{"Beijing refused to ease restrictions on foreign reporters.", "CHN>"},
		// a participle read as the subject of the main verb
		{"Hackers angered by the ruling have defaced hundreds of government websites.", ":171"},
		{"Rebels armed by Uganda have seized the town of Bunia.", "UGA>:072"},
		// a verb read as a noun after a parenthetical
		{"Hungary, like several other existing members, plans to impose restrictions on Ukrainian grain.", "HUN>"},
		// a role noun and its verb with swapped tags
		{"Serbian and Croatian forces traded artillery fire across the river.", ":19"},
		// bombers with a nationality are aircraft; "fly" carries a patrol
		{"Russian strategic bombers flew a joint patrol with Chinese aircraft.", "RUSMIL>CHN:062"},
	} {
		if got := analyzePartial(t, tc.text); !strings.Contains(got+" ", tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, notWant string }{
		// near misses
		{"Iranian-backed militias attacked a convoy.", "IRN"},
		{"A London-based group attacked the ruling.", "GBR"},
		{"The trade division of the ministry announced new rules.", "MIL"},
		{"The Russian trade division announced new export rules.", "MIL"},
		{"Soviet workers went on strike in 1989.", "USRLAB>USRLAB"},
		{"Israeli soldiers shot and killed a Palestinian teenager.", ":193"},
		{"The convoy attacked by gunmen carried food aid.", "REB>:07"},
		{"The aid seized by the rebels was returned to the agency.", "REB>:084"},
		{"Troops backed by tanks and helicopters attacked the rebel stronghold.", ":05"},
		{"A Palestinian suicide bomber attacked a bus.", "MIL>"},
	} {
		if got := analyzePartial(t, tc.text); strings.Contains(" "+got, tc.notWant) {
			t.Errorf("%q: got %s, want no %s event", tc.text, got, tc.notWant)
		}
	}
}
