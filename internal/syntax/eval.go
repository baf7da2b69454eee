package syntax

// Scores are word-level accuracies with gold tokenisation, punctuation
// included, which is what the CoNLL 2018 scorer's UPOS/UAS/LAS F1 reduce
// to when tokenisation is gold.
type Scores struct {
	Words int
	UPOS  float64
	XPOS  float64
	UAS   float64
	LAS   float64
}

// Evaluate tags and parses every sentence (from its words only) and
// compares with the gold annotation. LAS compares full relations
// including subtypes.
func Evaluate(m *Model, sents []TreeSentence) Scores {
	var n, up, xp, ua, la int
	for i := range sents {
		g := &sents[i]
		a := m.Analyze(g.Words)
		for j := range g.Words {
			n++
			if a.UPOS[j] == g.UPOS[j] {
				up++
			}
			if a.XPOS != nil && a.XPOS[j] == g.XPOS[j] {
				xp++
			}
			if a.Heads[j] == g.Heads[j] {
				ua++
				if a.Rels[j] == g.Rels[j] {
					la++
				}
			}
		}
	}
	d := float64(max(n, 1))
	return Scores{Words: n, UPOS: float64(up) / d, XPOS: float64(xp) / d, UAS: float64(ua) / d, LAS: float64(la) / d}
}
