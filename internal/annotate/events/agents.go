package events

// Generic agents: CAMEO codes a role word even when no country is named
// ("police fired on demonstrators" -> COP against OPP), and joins it to a
// nationality or country that modifies it ("Serbian police" -> SRBCOP).
// The entities stage codes named actors; these are the common nouns it
// leaves uncoded, so events by them are not lost.

// roleOf maps a lower-case role noun (singular and plural) to its CAMEO
// role code.
var roleOf = map[string]string{}

func init() {
	for code, words := range map[string][]string{
		"COP": {"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie"},
		"MIL": {"soldier", "troop", "army", "military", "armed forces", "navy", "air force", "warplane",
			"jet", "helicopter", "gunship", "warship", "artillery", "tank", "paratrooper", "commando",
			"marine", "peacekeeper", "general", "commander", "officer", "force", "unit", "command",
			"serviceman", "servicemen", "guard"},
		"REB": {"rebel", "guerrilla", "guerilla", "insurgent", "militant", "separatist", "fighter",
			"militia", "militiaman", "militiamen", "gunman", "gunmen", "extremist", "terrorist"},
		"OPP": {"opposition", "protester", "protestor", "demonstrator", "dissident", "activist",
			"opponent", "crowd", "marcher", "rioter", "nationalist"},
		"GOV": {"government", "official", "minister", "authority", "authorities", "cabinet", "regime",
			"leader", "leadership", "president", "spokesman", "spokeswoman", "spokesperson",
			"diplomat", "ambassador", "envoy", "delegation", "administration", "premier", "king"},
		"LEG": {"parliament", "lawmaker", "legislator", "legislature", "senator", "congress", "deputy", "mp"},
		"JUD": {"court", "judge", "prosecutor", "tribunal", "judiciary"},
		"CVL": {"civilian", "resident", "villager", "people", "citizen", "population", "inhabitant",
			"man", "men", "woman", "women", "child", "children", "person"},
		"REF": {"refugee", "displaced"},
		"LAB": {"worker", "union", "unionist", "employee", "miner", "striker"},
		"EDU": {"student", "teacher", "university", "school"},
		"MED": {"journalist", "reporter", "newspaper", "media", "press", "broadcaster"},
		"HLH": {"doctor", "nurse", "hospital"},
		"BUS": {"company", "firm", "businessman", "businessmen", "bank", "investor", "corporation"},
		"ELI": {"expert", "analyst"},
	} {
		for _, w := range words {
			roleOf[w] = code
			if p := nounForms(w)[1]; roleOf[p] == "" {
				roleOf[p] = code
			}
		}
	}
	roleOf["people"], roleOf["police"], roleOf["media"] = "CVL", "COP", "MED"
}

// genericAgents gives role nouns that no entity covers an actor: the role
// code, prefixed by the country of a nationality or possessor modifying
// it. It runs after the named mentions are placed.
func (s *sent) genericAgents() {
	for i, t := range s.toks {
		if s.actor[i] != nil || (t.UPOS != "NOUN" && t.UPOS != "PROPN") {
			continue
		}
		role := roleOf[t.Lower]
		if role == "" && t.Lower != "side" {
			continue
		}
		country := ""
		for _, c := range s.kids[i] {
			switch s.rel(c) {
			case "amod", "compound", "nmod:poss", "nmod":
				if s.rel(c) == "nmod" && s.caseOf(c) != "of" {
					continue
				}
				if a := s.actor[c]; a != nil && len(a.Code) >= 3 && isCountry(a.Code[:3]) {
					country = a.Code[:3]
				} else if r := regionPeople[s.low(c)]; r != "" && country == "" {
					country = r
				} else if r := nationality(s.toks[c].Text); r != "" && country == "" && s.rel(c) != "nmod" {
					// "the Russian peacekeeping command": a nationality
					// adjective the actor layer left alone.
					country = r
				}
			}
		}
		if role == "" && country == "" {
			continue // "the other side": no one in particular
		}
		// "the Karabakh side", "fire from the Armenian side": a side
		// named by its country is that country.
		s.actor[i] = &actorRef{Code: country + role, Span: t.Span, Type: "ROLE", Name: t.Text}
	}
}

// regionPeople gives the nationality prefix of the authorities and forces
// of a region that the actor layer leaves uncoded: the self-declared
// Karabakh authorities are coded like the Karabakh Armenians (ARM...),
// as the gold convention does for the population, not as the state
// the region belongs to.
var regionPeople = map[string]string{"karabakh": "ARM", "artsakh": "ARM", "stepanakert": "ARM"}

// isCountry reports whether a three-letter code is a country rather than
// an international or non-state prefix.
func isCountry(c string) bool {
	switch c {
	case "IGO", "NGO", "INT", "WST", "MNC", "UAF", "IMG", "REB", "OPP", "GOV", "MIL", "COP", "CVL":
		return false
	}
	return true
}
