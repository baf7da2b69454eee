package events

// fixPeopleAdjective retags an adjective that names a group of people
// after "the" as a noun: in "helicopters evacuated the wounded from the
// town" or "fed the hungry and the displaced" nothing follows for the
// adjective to modify (a preposition, punctuation, a conjunction, a verb
// or the sentence's end comes next), so "the wounded" is the phrase and
// the object of the verb before it. Run by FixTags (lexicon.go) before the
// parse; it reports whether a tag changed.
func fixPeopleAdjective(lower, upos []string) bool {
	changed := false
	for i := 1; i < len(lower); i++ {
		if upos[i] != "ADJ" && upos[i] != "VERB" || !peopleAdjectives[lower[i]] || lower[i-1] != "the" {
			continue
		}
		if i+1 < len(lower) {
			switch upos[i+1] {
			case "ADP", "PUNCT", "CCONJ", "VERB", "AUX":
			default:
				continue
			}
		}
		upos[i] = "NOUN"
		changed = true
	}
	return changed
}

// peopleAdjectives name people by their state ("the wounded", "the
// elderly").
var peopleAdjectives = map[string]bool{"wounded": true, "injured": true, "sick": true,
	"elderly": true, "displaced": true, "hungry": true, "needy": true, "homeless": true,
	"dead": true, "missing": true}
