package events

// Irregular forms of table verbs that forms.go's list lacked, so that
// the gate (Lexicon.Candidate) and the coder see "upheld", "sank",
// "overran": a sentence whose only trigger is such a form was never
// parsed. TestGateIrregularCompounds keeps compounds of listed irregular
// verbs ("uphold" of "hold") complete.
func init() {
	for l, fs := range map[string][]string{
		"sink": {"sank", "sunk"}, "run": {"ran"}, "burn": {"burnt"},
		"uphold": {"upheld"}, "withhold": {"withheld"}, "overrun": {"overran"},
		"overtake": {"overtook", "overtaken"}, "mislead": {"misled"}, "retake": {"retook", "retaken"},
	} {
		if irregular[l] == nil {
			irregular[l] = fs
		}
	}
}
