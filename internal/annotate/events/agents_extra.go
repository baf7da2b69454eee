package events

// More generic agents, from the role nouns wire news uses for actors it
// does not name: a junta governs, kidnappers and captors are criminals,
// an assailant is an armed non-state actor like a gunman (a bomber is
// left without a code, see gateAgents), farmers work the land. Without
// them a sentence such as "The kidnappers freed the engineer" has no
// agent and is not even parsed.
func init() {
	for code, words := range map[string][]string{
		"GOV": {"junta", "commission"},
		"CRM": {"kidnapper", "abductor", "captor", "hostage-taker", "smuggler", "trafficker",
			"pirate", "gang", "gangster", "criminal"},
		"REB": {"assailant", "attacker"},
		"CVL": {"mob", "consumer", "prisoner", "detainee", "inmate"},
		"AGR": {"farmer", "peasant"},
		"LAB": {"dockworker", "docker"},
	} {
		for _, w := range words {
			if roleOf[w] == "" {
				roleOf[w] = code
			}
			if p := nounForms(w)[1]; roleOf[p] == "" {
				roleOf[p] = code
			}
		}
	}
}

// adjectiveAgents gives a role noun the tagger read as an adjective its
// actor when it heads a subject or object: "the military announced",
// "the tribunal convicted". An adjective modifying a noun ("military
// aid") is left alone.
func (s *sent) adjectiveAgents() {
	for i, t := range s.toks {
		if s.actor[i] != nil || t.UPOS != "ADJ" || roleOf[t.Lower] == "" {
			continue
		}
		switch s.rel(i) {
		case "nsubj", "nsubj:pass", "obj":
		default:
			continue
		}
		if s.child(i, "det") < 0 {
			continue // "military" alone is more often the adjective
		}
		s.actor[i] = &actorRef{Code: roleOf[t.Lower], Span: t.Span, Type: "ROLE", Name: t.Text}
	}
}

func init() {
	// "a court found him guilty" (116 v find obj=guilty)
	if irregular["find"] == nil {
		irregular["find"] = []string{"found"}
	}
}

// gateAgents are nouns that let the syntax gate parse a sentence although
// they name no actor code: the device of an ergative verb ("A bomb
// exploded in a market", see ergative.go), a bomber, and the parties of
// a conflict or talks named only as such ("Both sides violated the
// ceasefire", "The two countries held negotiations", "Rights groups
// demanded an inquiry", "Hundreds of Kurds held a demonstration"). The
// coder gives their acts a null source.
var gateAgents = map[string]bool{"bomb": true, "bombs": true, "explosive": true,
	"explosives": true, "ied": true, "ieds": true, "bomber": true, "bombers": true,
	"hundreds": true, "thousands": true, "dozens": true}

// gateParties are the parties named only as such; they let a sentence
// through the gate only after a word that makes them parties to
// something ("both sides", "the two countries", "rights groups", "warring
// parties"): bare "group", "state" and "party" are everywhere in
// business and political news, and parsing all of those cost 9% more
// parser work for no event.
var gateParties = map[string]bool{"side": true, "sides": true, "party": true, "parties": true,
	"country": true, "countries": true, "group": true, "groups": true, "state": true,
	"states": true, "nation": true, "nations": true}

// gatePartyMarks are the words before a party noun that make it one.
var gatePartyMarks = map[string]bool{"both": true, "two": true, "three": true, "all": true,
	"rival": true, "warring": true, "rights": true, "armed": true, "militant": true,
	"neighbouring": true, "neighboring": true, "member": true, "other": true, "either": true}
