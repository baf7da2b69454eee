package events

import "strings"

// Background clauses. A news sentence often sets its main act against
// earlier ones: "lifted the curfew in Montenegro, where 28 people have
// been killed", "withdrew its envoy after the army shelled the town".
// The subordinate act is context the reporter recalls, not the event the
// sentence reports, so it is left uncoded when the sentence has an act of
// its own outside the clause. A relative clause of place or time ("the
// city where ...", "the day when ...") only describes its noun and is
// never coded.

// backgroundMarks introduce an adverbial clause that recalls an earlier
// or surrounding act. "when" is left out: "fired when the crowd charged"
// often reports both acts as news.
var backgroundMarks = map[string]bool{"after": true, "since": true, "where": true}

// backgroundClause returns why the verbal trigger i sits in a background
// clause, or "".
func (s *sent) backgroundClause(i int, hits map[int]*pattern) string {
	if s.head(i) < 0 {
		return ""
	}
	// The clause's first word is its subordinator; reading it there also
	// covers the parses that hang "after" on the subject as a case.
	first := s.firstOf(i)
	switch s.rel(i) {
	case "advcl":
		if backgroundMarks[s.low(first)] && s.actOutside(i, hits) {
			return "a background clause (" + s.low(first) + ")"
		}
	case "acl", "acl:relcl":
		if w := s.low(first); isNounTag(s.upos(s.head(i))) && (w == "where" || w == "when") {
			return "a relative clause of setting (" + w + ")"
		}
		if s.settingRelative(i) && s.actOutside(i, hits) {
			return "a relative clause of setting (" + s.low(first) + " which)"
		}
		if s.rel(i) == "acl" && strings.HasSuffix(s.low(i), "ing") && isNounTag(s.upos(s.head(i))) && s.child(i, "nsubj") < 0 && s.child(i, "mark") < 0 && s.actOutside(i, hits) {
			// "demonstrators protesting election results", "a rally
			// calling for his removal": the participle says what the
			// noun is; the sentence's own act is elsewhere.
			return "a participle describing a noun"
		}
	}
	return ""
}

// actOutside reports whether the sentence has a trigger outside the
// clause headed by i, so that skipping the clause leaves an act to code.
func (s *sent) actOutside(i int, hits map[int]*pattern) bool {
	for j := range hits {
		k := j
		// The depth bound keeps a malformed (cyclic) tree from looping.
		for n := 0; n < len(s.toks) && k >= 0 && k != i; n++ {
			k = s.head(k)
		}
		if k != i {
			return true
		}
	}
	return false
}

// firstOf returns the first token of the phrase headed by i.
func (s *sent) firstOf(i int) int {
	first := i
	for n := 0; n < len(s.toks); n++ {
		if len(s.kids[first]) == 0 || s.kids[first][0] > first {
			return first
		}
		first = s.kids[first][0]
	}
	return first
}

// settingRelative reports whether relative clause i is introduced by a
// preposition and "which" ("two air raids in which 20 people were
// killed", "a war during which ..."): it describes the circumstances of
// its noun, already reported, not a new act.
func (s *sent) settingRelative(i int) bool {
	for _, k := range s.kids[i] {
		if k > i {
			break
		}
		if s.low(k) == "which" || s.low(k) == "whom" {
			return s.caseOf(k) != ""
		}
		for _, g := range s.kids[k] {
			if s.low(g) == "which" && s.caseOf(g) != "" {
				return true
			}
		}
	}
	return false
}
