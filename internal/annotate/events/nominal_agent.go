package events

// Agents named inside a nominal act's own phrase. A noun that names an act
// with no support verb, possessor or by-agent may still name its agents:
//
//   - "between A and B": "Talks between Iran and world powers resumed",
//     "a meeting between the two foreign ministers took place";
//   - "by" a counted crowd: "the demonstration by thousands of Kurds";
//   - "of" the forces or people who act, for acts with no other patient
//     (withdrawing, building up forces, protesting, meeting): "the
//     withdrawal of Russian troops from Kherson was completed", "the
//     build-up of Russian forces alarmed NATO".
//
// Only a nominal that is the subject or object of a verb saying that the
// act takes place ("took place", "resumed", "was completed", "confirmed
// the withdrawal") is read so. One inside a prepositional phrase ("after
// the withdrawal of the troops") sets the scene for another act, and one
// under any other verb may be planned, expected or old ("the summit
// between the leaders, which had been expected next month, was not
// mentioned"; "the ceasefire between the militias appeared to hold").

// occurrenceVerbs holds the forms of the verbs that say of their subject
// or object act that it takes place.
var occurrenceVerbs = func() map[string]bool {
	m := formSet("take", "begin", "start", "open", "resume", "continue", "end", "conclude",
		"finish", "complete", "proceed", "hold", "confirm", "get", "enter", "close", "launch")
	for _, w := range []string{"took", "taken", "began", "begun", "held", "got"} {
		m[w] = true
	}
	return m
}()

// phraseAgent returns the agent phrases of nominal trigger i with code
// code, or nil.
func (s *sent) phraseAgent(i int, code string) []int {
	switch s.rel(i) {
	case "nsubj", "nsubj:pass", "obj":
	default:
		return nil
	}
	h := s.head(i)
	if h < 0 || !isVerbTag(s.upos(h)) || !occurrenceVerbs[s.low(h)] {
		return nil
	}
	ofAgent := code[:2] == "04" || code[:2] == "14" || code[:2] == "15" || code == "0874" || code == "087"
	for _, k := range s.kids[i] {
		if s.rel(k) != "nmod" {
			continue
		}
		switch s.caseOf(k) {
		case "between":
			if s.actorAt(k, 2) != nil {
				return s.conjuncts(k)
			}
		case "by":
			if a := s.crowdActor(k); a >= 0 {
				return []int{a}
			}
		case "of":
			if ofAgent && s.actorAt(k, 2) != nil {
				return []int{k}
			}
		}
	}
	if s.rel(i) != "obj" {
		// "Talks were held in Geneva between the two delegations": the
		// parser hangs the phrase on the verb.
		for _, k := range s.kids[h] {
			if s.rel(k) == "obl" && s.caseOf(k) == "between" && s.actorAt(k, 2) != nil {
				return s.conjuncts(k)
			}
		}
	}
	return nil
}

// crowdActor returns the noun a chain of quantity nouns from k counts
// ("thousands of Kurds" -> "Kurds") when it names an actor, else -1.
func (s *sent) crowdActor(k int) int {
	for depth := 0; depth < 4 && k >= 0 && quantityWords[s.low(k)]; depth++ {
		k = s.child(k, "nmod")
	}
	if k >= 0 && s.actorAt(k, 2) != nil {
		return k
	}
	return -1
}
