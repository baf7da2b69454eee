package events

import "strings"

// An armed group that gives or hands its own weapons to someone is
// disarming, not arming them: "the militia gave its weapons to the
// peacekeepers" is a military surrender (0874), while "Poland gave its
// old tanks to Ukraine" stays military aid (072). The marks are a
// non-state armed subject and a possessive "its"/"their" on the weapons.

var armedGroupNouns = map[string]bool{"militia": true, "militiaman": true, "rebel": true,
	"fighter": true, "insurgent": true, "guerrilla": true, "gunman": true, "combatant": true,
	"militant": true, "faction": true}

var nonStateRoles = []string{"REB", "UAF", "INS"}

// surrenderedArms returns "0874" when arms-transfer trigger i (072) is an
// armed group handing over its own weapons, else "".
func (s *sent) surrenderedArms(i int, p *pattern) string {
	if p.Noun || p.Code != "072" {
		return ""
	}
	switch p.Lemma {
	case "give", "hand", "turn", "deliver":
	default:
		return ""
	}
	o := s.child(i, "obj")
	if o < 0 || !(s.hasChildWord(o, "its") || s.hasChildWord(o, "their")) {
		return ""
	}
	n := s.child(i, "nsubj")
	if n < 0 {
		return ""
	}
	if armedGroupNouns[lemma(s.low(n))] {
		return "0874"
	}
	if a := s.actorAt(n, 2); a != nil {
		for _, r := range nonStateRoles {
			if strings.Contains(a.Code, r) {
				return "0874"
			}
		}
	}
	return ""
}
