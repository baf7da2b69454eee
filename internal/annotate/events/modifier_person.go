package events

// Person words as modifiers (hX). objectIs lets a modifier of the object
// stand for it ("aid workers", "armoured vehicles"), but a person noun
// used as an adjective or noun modifier of a thing names no person:
// "released the official results" releases no official. Such an
// adjective satisfies an object list only when its head is itself a
// person or an actor.

// personWords are the nouns of the person classes of objclass.txt and the
// office words that double as adjectives.
var personWords = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range []string{"@person", "@people", "@refugee", "@troops"} {
		for _, w := range objClasses[c] {
			m[w] = true
		}
	}
	for _, w := range []string{"official", "officer", "reporter", "correspondent", "policeman", "guard",
		"businessman", "tourist", "foreigner", "missionary", "inmate", "convict", "militant", "fighter",
		"rebel", "guerrilla", "captive", "leader", "member", "commander", "minister", "envoy", "ambassador",
		"member", "aide", "agent", "spy", "national", "civilian", "resident", "victim", "mediator", "monitor",
		"inspector", "observer", "delegate", "representative", "spokesman", "spokeswoman", "crew"} {
		m[w] = true
	}
	return m
}()

// personModifierOfThing reports whether token g, an adjectival modifier
// (amod) of object c, is a person word used as an adjective while c is
// neither a person word nor an actor: "the official results". A noun
// compound still counts ("troop presence", "aid workers").
func (s *sent) personModifierOfThing(g, c int) bool {
	if s.rel(g) != "amod" {
		return false // a noun compound classifies: "troop presence"
	}
	if !personWords[lemma(s.low(g))] && !personWords[s.low(g)] {
		return false
	}
	if personWords[lemma(s.low(c))] || personWords[s.low(c)] || s.actor[c] != nil {
		return false
	}
	return isNounTag(s.upos(c))
}
