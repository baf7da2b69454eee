package events

import (
	"strings"

	"sitrep/internal/doc"
)

// dropSubordinate removes the acts of participial and adverbial clauses
// that only describe the circumstances of an asserted act coded above
// them in the same sentence: "police opened fire to disperse
// demonstrators, killing one person and arresting 12" reports the
// shooting; "riot police dispersed demonstrators protesting the results"
// reports the dispersal, and the protest only names who was dispersed.
// An act of another root in such a clause is left out; the main act and
// acts in coordinated main clauses stay.
func (s *sent) dropSubordinate(evs []doc.Event) []doc.Event {
	at := map[int]int{} // token of each event's trigger -> root index
	roots := map[int]string{}
	asserted := map[int]bool{}
	for _, e := range evs {
		if e.Verb == nil {
			continue
		}
		for i := range s.toks {
			if s.span(i).Start == e.Verb.Start {
				at[e.Verb.Start] = i
				roots[i] = e.Root
				if !e.Negated && !e.Hypothetical {
					asserted[i] = true
				}
				break
			}
		}
	}
	drop := func(e doc.Event) bool {
		if e.Verb == nil {
			return false
		}
		j, ok := at[e.Verb.Start]
		if !ok {
			return false
		}
		sub := false
		for k, n := j, 0; k >= 0 && n < 8; k, n = s.head(k), n+1 {
			if k != j && asserted[k] && roots[k] != e.Root {
				return sub
			}
			switch s.rel(k) {
			case "advcl", "acl":
				// A present participle ("killing", "protesting") or
				// an infinitive of purpose, not a finite clause. A
				// participle hung from the subject is more often a
				// misparsed main verb ("agents abused migrants, a group
				// charged"), and a purpose "to protest" names the main
				// act's point as dissent: both stay.
				if h := s.head(k); s.rel(k) == "acl" && h >= 0 && (s.rel(h) == "nsubj" || s.rel(h) == "nsubj:pass") {
					continue
				}
				// A past participle with its agent ("a meeting
				// requested by Armenia") reports an act of its own.
				ing := strings.HasSuffix(s.low(k), "ing")
				if (ing && s.child(k, "nsubj", "nsubj:pass", "mark") < 0) || (s.markIs(k, "to") && e.Root != "14") {
					sub = true
				}
			}
		}
		return false
	}
	out := evs[:0:0]
	for _, e := range evs {
		if !drop(e) {
			out = append(out, e)
		}
	}
	return out
}

// markIs reports whether clause head k is introduced by the marker m.
func (s *sent) markIs(k int, m string) bool {
	for _, c := range s.kids[k] {
		if s.rel(c) == "mark" && s.low(c) == m {
			return true
		}
	}
	return false
}
