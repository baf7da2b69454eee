package events

// Things that kill and destroy without being actors: natural hazards,
// epidemics, accidents. A force verb whose agent is one of them reports
// no use of force ("an earthquake struck the coast", "the crash killed
// all 40 passengers", "houses destroyed by the storm"). One list serves
// every rule that asks (by-agents in claims.go, subjects in
// nonforce_hi.go and accident_hk.go). "fire" and "explosion" are left
// out: "killed by fire from X", "killed by an explosion" are often acts.
var causeNouns = map[string]bool{
	// natural hazards
	"earthquake": true, "quake": true, "tremor": true, "aftershock": true, "storm": true,
	"cyclone": true, "hurricane": true, "typhoon": true, "tornado": true, "flood": true,
	"flooding": true, "landslide": true, "mudslide": true, "avalanche": true, "tsunami": true,
	"wildfire": true, "bushfire": true, "drought": true, "heatwave": true, "lightning": true,
	"eruption": true, "volcano": true, "blizzard": true, "downpour": true, "rain": true,
	"monsoon": true, "famine": true,
	// disease
	"disease": true, "epidemic": true, "outbreak": true, "virus": true, "illness": true,
	"cholera": true,
	// accidents
	"crash": true, "accident": true, "collision": true, "derailment": true, "stampede": true,
}

// isCause reports whether token k is headed by a cause noun.
func (s *sent) isCause(k int) bool {
	return causeNouns[s.low(k)] || causeNouns[lemma(s.low(k))]
}

// clauseMarkers are the conjunctions the parser sometimes reads as
// prepositions when a subordinate clause follows ("after the earthquake
// killed thousands" parsed with "the earthquake" as an oblique of
// "killed"): the oblique is then the clause's subject.
var clauseMarkers = map[string]bool{"after": true, "before": true, "until": true, "since": true,
	"when": true, "as": true, "once": true}

// misreadSubject returns the oblique of verb i that stands right before it
// behind a clause marker read as a preposition, or -1.
func (s *sent) misreadSubject(i int) int {
	for _, c := range s.kids[i] {
		if c == i-1 && s.rel(c) == "obl" && clauseMarkers[s.caseOf(c)] {
			return c
		}
	}
	return -1
}
