package events

// Generic agents, hI round: the armed non-state actors wire news names by
// their creed or calling ("jihadists stormed the town", "paramilitary
// fighters"), and the military platforms that act for their country's
// armed forces when a nationality names them ("Turkish drones struck",
// "a Russian frigate fired"); CAMEO codes the platform's owner, the
// country's military (MIL).
func init() {
	for code, words := range map[string][]string{
		"REB": {"jihadist", "jihadi", "islamist", "paramilitary", "paramilitaries", "mujahideen"},
		"MIL": {"drone", "frigate", "destroyer", "gunboat", "submarine", "corvette",
			"fighter jet", "troopship", "battalion", "brigade", "regiment"},
	} {
		for _, w := range words {
			if roleOf[w] == "" {
				roleOf[w] = code
			}
			if p := nounForms(w)[1]; roleOf[p] == "" {
				roleOf[p] = code
			}
		}
	}
}
