package events

import (
	"sort"
	"strings"
)

// Nominalised acts. News writers name an act by its noun as often as by
// its verb: "announced the lifting of sanctions", "ordered the closure of
// the border", "the expulsion of diplomats by Russia". Each noun below
// takes over the verb patterns of its verb (their codes and object
// conditions, the object read from the noun's "of", "on" or "to"
// complement) as light nominals: coded through a support verb ("announced
// the suspension of talks"), a possessor ("Russia's seizure of the town")
// or a by-agent. Speech verbs, control verbs, concessions and phrasal
// verbs are left out: their nouns do not name the same act.
var nominalOf = map[string]string{
	"lifting": "lift", "easing": "ease", "relaxation": "relax", "closure": "close",
	"closing": "close", "expulsion": "expel", "deportation": "deport", "suspension": "suspend",
	"severance": "sever", "severing": "sever", "confiscation": "confiscate",
	"demolition": "demolish", "imposition": "impose", "deployment": "deploy",
	"seizure": "seize", "destruction": "destroy", "cancellation": "cancel",
	"postponement": "postpone", "freezing": "freeze", "freeze": "freeze", "reopening": "reopen",
	"removal": "remove", "resumption": "resume", "signing": "sign", "ratification": "ratify",
	"recognition": "recognize", "evacuation": "evacuate", "delivery": "deliver",
	"dispatch": "dispatch", "imprisonment": "imprison", "halt": "halt", "ban": "ban",
	"return": "return", "shipment": "ship", "transfer": "transfer", "sale": "sell",
	"pardon": "pardon", "dissolution": "dissolve", "reversal": "reverse", "abolition": "abolish",
	"legalization": "legalize", "dismantling": "dismantle", "burning": "burn", "looting": "loot",
	"capture": "capture", "approval": "approve", "provision": "provide", "donation": "donate",
	"cutoff": "cut_off", "bombing": "bomb", "storming": "storm", "sinking": "sink",
	"downing": "shoot_down", "torching": "torch", "kidnap": "kidnap", "detention": "detain",
	"internment": "intern", "prosecution": "prosecute", "indictment": "indict",
	"conviction": "convict", "occupation": "occupy", "encirclement": "encircle",
	"reinforcement": "reinforce", "mobilization": "mobilize", "mobilisation": "mobilise",
	"repatriation": "repatriate", "resettlement": "resettle", "airlift": "airlift",
	"condemnation": "condemn", "criticism": "criticize", "rejection": "reject",
	"veto": "veto", "boycott": "boycott", "ratifying": "ratify", "liberation": "liberate",
}

// addNominals gives each noun of nominalOf the verb patterns of its verb.
func (t *table) addNominals() {
	nouns := make([]string, 0, len(nominalOf))
	for n := range nominalOf {
		nouns = append(nouns, n)
	}
	sort.Strings(nouns)
	for _, n := range nouns {
		v := nominalOf[n]
		var verbPats []*pattern
		seen := map[*pattern]bool{}
		base, _, _ := strings.Cut(v, "_")
		for _, w := range verbForms(base) {
			for _, p := range t.byForm[w] {
				if !p.Noun && p.Lemma+particleSuffix(p) == v && !seen[p] {
					seen[p] = true
					verbPats = append(verbPats, p)
				}
			}
		}
		sort.SliceStable(verbPats, func(a, b int) bool { return verbPats[a].ID < verbPats[b].ID })
		for _, p := range verbPats {
			if p.Say || p.Frame != "" || p.Weak || p.Yield {
				continue
			}
			q := *p
			q.ID, q.Noun, q.Light, q.Particle = p.ID+"(noun "+n+")", true, true, ""
			for _, w := range nounForms(n) {
				t.byForm[w] = append(t.byForm[w], &q)
				if _, ok := lemmaOf[w]; !ok {
					lemmaOf[w] = n
				}
			}
		}
	}
}

// particleSuffix returns "_" and the particle of a phrasal pattern, or "".
func particleSuffix(p *pattern) string {
	if p.Particle == "" {
		return ""
	}
	return "_" + p.Particle
}

// orderedAct returns the nominal act that an order verb takes as its
// direct object with no addressee ("Turkey ordered the closure of the
// border", "the court ordered the confiscation of his assets"), or -1:
// the one who orders it carries it out through its own agents, so the
// act, not a demand, is coded. "ordered the army to close the border"
// names an addressee and stays a demand.
func (s *sent) orderedAct(i int, p *pattern, inner map[int]*pattern) int {
	if p.Frame != "10" || (p.Lemma != "order" && p.Lemma != "command") || s.child(i, "xcomp", "iobj", "ccomp") >= 0 {
		return -1
	}
	for _, k := range s.kids[i] {
		if ip, ok := inner[k]; ok && s.rel(k) == "obj" && ip.Noun && ip.Frame == "" && !ip.Inner && s.actor[k] == nil {
			return k
		}
	}
	return -1
}
