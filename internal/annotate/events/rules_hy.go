package events

import "strings"

// Two agents the hY round (wire-style recall on dev.jsonl) restores:
//
//   - a nominal act that is the predicate of a copula with "on" or "in"
//     ("The minister is on a visit to China", "The two sides are in talks
//     on a truce"): the copula's subject is the act's agent. Not "under"
//     ("The town is under attack"), whose subject is the patient, and not
//     a bare predicate noun ("The raid was a massacre"), which describes
//     an act rather than naming its agent;
//   - a progressive read as a passive ("Russian instructors are training
//     soldiers" parsed instructors/nsubj:pass): an "-ing" verb with a
//     direct object and no passive auxiliary is active, so the subject is
//     its agent (fixProgressivePassive, a clause repair).

// copulaAgentCases are the case markers of a predicate nominal whose
// copula subject carries out the act.
var copulaAgentCases = map[string]bool{"on": true, "in": true}

// copularSubject returns the subject of nominal act i when i is the
// predicate of a copula introduced by "on" or "in", else -1.
func (s *sent) copularSubject(i int) int {
	if s.child(i, "cop") < 0 || !copulaAgentCases[s.caseOf(i)] {
		return -1
	}
	return s.child(i, "nsubj")
}

func init() {
	clauseRepairs = append(clauseRepairs, fixProgressivePassive)
}

// fixProgressivePassive relabels as nsubj the passive subject of an
// "-ing" verb that has a direct object and no passive auxiliary. It
// reports whether the tree changed. heads are 1-based.
func fixProgressivePassive(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		h := heads[k] - 1
		if rels[k] != "nsubj:pass" || h < 0 || upos[h] != "VERB" || !strings.HasSuffix(lower[h], "ing") {
			continue
		}
		obj, pass := false, false
		for j := range lower {
			if heads[j]-1 != h {
				continue
			}
			switch {
			case rels[j] == "obj":
				obj = true
			case rels[j] == "aux:pass" || lower[j] == "being" || lower[j] == "been":
				pass = true
			}
		}
		if obj && !pass {
			rels[k] = "nsubj"
			changed = true
		}
	}
	return changed
}
