package events

// Ergative verbs. "The bomb exploded", "a device detonated near the
// base": some verbs put the thing acted on in subject position when no
// agent is named. For them a pattern's object condition ("explode
// obj=bomb") is met by the subject of an intransitive use, and the act
// has no known agent (a null source in partial mode).
var ergativeVerbs = map[string]bool{"explode": true, "detonate": true}

// ergativeSubject reports whether verb i is an ergative verb used without
// an object whose subject has one of the wanted lemmas.
func (s *sent) ergativeSubject(i int, want []string) bool {
	if !ergativeVerbs[lemma(s.low(i))] || !isVerbTag(s.upos(i)) || s.child(i, "obj") >= 0 {
		return false
	}
	sb := s.child(i, "nsubj")
	return sb >= 0 && s.actor[sb] == nil && s.lemmaIn(sb, want)
}
