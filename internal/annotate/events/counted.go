package events

// Acts counted or grouped by a head noun: "carried out a series of
// attacks", "launched a wave of arrests", "staged a string of protests".
// The parser hangs the act from the counting noun, which is what the
// support verb takes as its object; the act's agent is still the verb's
// subject.

// actCounters are nouns that count or group acts when they govern the
// act through "of".
var actCounters = map[string]bool{"series": true, "wave": true, "waves": true, "string": true,
	"strings": true, "spate": true, "round": true, "rounds": true, "number": true, "flurry": true,
	"rash": true, "campaign": true, "succession": true, "chain": true, "set": true, "couple": true}

// countedHead returns the counting noun whose "of" complement the nominal
// act i is ("a series of attacks" -> series), else i itself.
func (s *sent) countedHead(i int) int {
	h := s.head(i)
	if h < 0 || s.rel(i) != "nmod" || s.caseOf(i) != "of" || !actCounters[s.low(h)] {
		return i
	}
	return h
}

// More verbs that carry a nominal act as their object: "unleashed an
// offensive", "perpetrated a massacre", "stepped up attacks".
func init() {
	for _, w := range []string{"unleash", "perpetrate", "commit", "step", "intensify", "escalate",
		"resume", "pursue", "orchestrate", "spearhead", "join", "mastermind"} {
		supportVerbs[w] = true
	}
}

// kidsCounted returns the dependents of nominal act i and, when a
// counting noun heads it, the counting noun's other dependents too: the
// parser hangs "on Kenyan troops" from "series" in "a series of attacks
// on Kenyan troops".
func (s *sent) kidsCounted(i int) []int {
	j := s.countedHead(i)
	if j == i {
		return s.kids[i]
	}
	out := append([]int(nil), s.kids[i]...)
	for _, k := range s.kids[j] {
		if k != i {
			out = append(out, k)
		}
	}
	return out
}
