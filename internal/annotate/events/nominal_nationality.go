package events

import "strings"

// "The Israeli occupation of southern Lebanon", "the Russian invasion of
// Ukraine", "Turkish sanctions on Syria": a nationality adjective on an
// act noun names the act's author, as a possessor does ("Azerbaijan's
// blockade"). The actor layer leaves such adjectives uncoded (alone they
// are no actor), so the coder reads them here, only as the last source of
// a nominal trigger that has no other.
//
// Not an author: an adjective on the patient ("attacks on Israeli
// soldiers" hangs from the patient, not the act), on a noun compound
// between it and the act ("the Palestinian prisoner release": the
// prisoners are Palestinian), a hyphenated form ("a Russian-brokered
// ceasefire", "Russian-made rockets", "the Israeli-Palestinian talks"),
// or an adjective on a noun that names a state of affairs rather than
// one party's act ("the Syrian war", "Palestinian unrest": the place, not
// the agent).

// settingActNouns name a condition or a shared process: a nationality on
// them names where it happens, not who acts.
var settingActNouns = map[string]bool{"war": true, "conflict": true, "crisis": true,
	"unrest": true, "violence": true, "fighting": true, "clash": true, "bloodshed": true,
	"turmoil": true, "ceasefire": true, "truce": true, "peace": true, "talk": true,
	"negotiation": true, "election": true, "revolution": true, "uprising": true,
	"insurgency": true, "dispute": true, "standoff": true, "hostility": true,
	"process": true, "summit": true, "referendum": true, "tension": true, "riot": true}

// coreNominal are the relations of an act noun that is itself reported
// ("the Russian invasion began", "condemned ... the Russian invasion" is
// read elsewhere): an act in an adjunct ("under Israeli occupation",
// "since the American withdrawal", "after Turkish strikes") is the
// background of the sentence's own event, not a new one.
var coreNominal = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "root": true}

// nationalAgent returns the actor of a nationality adjective that
// modifies the act noun i and names its author, with its token, or nil.
func (s *sent) nationalAgent(i int) (*actorRef, int) {
	if !isNounTag(s.upos(i)) || settingActNouns[lemma(s.low(i))] || !coreNominal[s.rel(i)] {
		return nil, -1
	}
	var found *actorRef
	at := -1
	for _, k := range s.kids[i] {
		if r := s.rel(k); (r != "amod" && r != "compound") || k > i || s.actor[k] != nil {
			continue
		}
		w := s.toks[k].Text
		iso := nationality(w)
		if iso == "" || strings.Contains(w, "-") || s.hyphenated(k) {
			continue
		}
		if found != nil && found.Code != iso {
			return nil, -1 // two nations: a joint or bilateral act
		}
		if !s.plainModifiers(k, i) {
			return nil, -1
		}
		found, at = &actorRef{Code: iso, Span: s.span(k), Type: "NORP", Name: w}, k
	}
	return found, at
}

// hyphenated reports whether token k is joined by a hyphen to a word
// beside it ("Russian - brokered").
func (s *sent) hyphenated(k int) bool {
	return (k > 0 && s.toks[k-1].Text == "-") || (k+1 < len(s.toks) && s.toks[k+1].Text == "-")
}

// plainModifiers reports whether the words between adjective k and act
// noun i are only adjectives or means of force ("the Israeli military
// occupation", "Saudi air strikes"), not a noun the adjective may
// describe instead ("the Palestinian prisoner release").
func (s *sent) plainModifiers(k, i int) bool {
	for j := k + 1; j < i; j++ {
		switch {
		case s.upos(j) == "ADJ" && nationality(s.toks[j].Text) == "":
		case s.upos(j) == "PUNCT" || s.upos(j) == "DET":
			return false
		case isNounTag(s.upos(j)) && (forceMeans[lemma(s.low(j))] || s.low(j) == "air"):
		default:
			return false
		}
	}
	return true
}
