package events

import "strings"

// refineCode returns a more exact code for trigger i than its pattern's,
// or "": agreeing that something is so (019), a judicial charge (173),
// a boycott by a state (163), an expelled organisation (166, 1663), a
// weapon of mass destruction (2041, 2042; weapons.go), a feared outcome
// (012), economic or military ties (061, 062), an armed group handing
// over its own weapons (0874, surrendered_arms.go).
func (s *sent) refineCode(i int, p *pattern, innerAt int) string {
	if a := s.accord(i, p, innerAt); a != "" {
		return a
	}
	if c := s.surrenderedArms(i, p); c != "" {
		return c
	}
	if c := s.stateBoycott(i, p); c != "" {
		return c
	}
	if c := s.civilianAct(i, p); c != "" { // rules_hv.go
		return c
	}
	if c := s.ultimatumKind(i, p); c != "" { // rules_hv.go
		return c
	}
	if c := s.cooperationTask(i, p); c != "" { // rules_hv.go
		return c
	}
	if c := s.hb2Refine(i, p); c != "" { // rules_hb2.go
		return c
	}
	if c := s.expelledBody(i, p); c != "" {
		return c
	}
	if c := s.fearedOutcome(i, p); c != "" {
		return c
	}
	if c := s.cooperationKind(i, p); c != "" {
		return c
	}
	if c := s.weaponKind(i, p.Code); c != "" && !p.Noun && p.Frame == "" {
		return c
	}
	if c := s.sentencedGuilty(i, p); c != "" { // rules_ha2.go
		return c
	}
	return s.legalCharge(i, p)
}

// A boycott by a state or its government is a sanction (163, "impose
// embargo, boycott, or sanctions"); by consumers, workers or protesters
// it is a protest (143).

// stateBoycott returns "163" when boycott verb i coded as a protest has a
// state for its subject: a country actor, its government, or the nouns
// "state", "country", "government".
func (s *sent) stateBoycott(i int, p *pattern) string {
	if p.Noun || p.Lemma != "boycott" || p.Code != "143" {
		return ""
	}
	n := s.child(i, "nsubj")
	if n < 0 {
		return ""
	}
	switch lemma(s.low(n)) {
	case "state", "country", "nation", "government":
		return "163"
	}
	if a := s.actorAt(n, 2); a != nil && len(a.Code) >= 3 && isCountry(a.Code[:3]) && !roleCode(a.Code[:3]) {
		if len(a.Code) == 3 || strings.HasSuffix(a.Code, "GOV") {
			return "163"
		}
	}
	return ""
}

// Charges brought by a court, prosecutor or police are legal action
// (173, "arrest, detain, or charge with legal action"): "Prosecutors
// charged 43 aid workers". Charged by anyone else it is an accusation
// (112): "Iran charged that the United States had armed the rebels".

// legalCharge returns "173" when accusation verb i ("charge", "indict")
// has a judicial or police subject and a direct object, else "".
func (s *sent) legalCharge(i int, p *pattern) string {
	if p.Noun || p.Code != "112" || p.Lemma != "charge" || s.child(i, "obj") < 0 {
		return ""
	}
	n := s.child(i, "nsubj")
	if n < 0 {
		return ""
	}
	if a := s.actorAt(n, 2); a != nil && (strings.HasSuffix(a.Code, "JUD") || strings.HasSuffix(a.Code, "COP")) {
		return "173"
	}
	return ""
}

// Agreeing that something is so. "Germany and France agreed that the
// crisis required a joint response" states a shared view: CAMEO 019
// (express accord), not an intent to cooperate (030). The intent reading
// stays when the clause holds an act to be done ("agreed that they would
// meet again", folded by the frame) or a future one.

// accord returns "019" when intent frame verb i ("agree") has no embedded
// act and its complement is a that-clause stating a view, else "".
func (s *sent) accord(i int, p *pattern, innerAt int) string {
	if p.Frame != "03" || p.Lemma != "agree" || innerAt >= 0 || p.Noun {
		return ""
	}
	for _, k := range s.kids[i] {
		if s.rel(k) != "ccomp" {
			continue
		}
		m := s.child(k, "mark")
		if m < 0 || s.low(m) != "that" {
			continue
		}
		for _, a := range s.kids[k] {
			if s.rel(a) == "aux" && (futureModals[s.low(a)] || possibleModals[s.low(a)] || s.low(a) == "should" || s.low(a) == "must") {
				return ""
			}
		}
		return "019"
	}
	return ""
}

// Concern about what may happen is pessimism (012, "make pessimistic
// comment"), concern about what someone did is criticism (111):
// "expressed concern that the conflict could spread" against "expressed
// concern over the arrests".

// fearedOutcome returns "012" when criticism verb i has a concern noun
// for its object whose that-clause says what could or would happen.
func (s *sent) fearedOutcome(i int, p *pattern) string {
	if p.Noun || p.Code != "111" {
		return ""
	}
	o := s.child(i, "obj")
	if o < 0 {
		return ""
	}
	switch lemma(s.low(o)) {
	case "concern", "fear", "worry", "alarm", "anxiety":
	default:
		return ""
	}
	for _, k := range s.kids[o] {
		if r := s.rel(k); r != "ccomp" && r != "acl" {
			continue
		}
		if m := s.child(k, "mark"); m < 0 || s.low(m) != "that" {
			continue
		}
		for _, a := range s.kids[k] {
			if s.rel(a) == "aux" && (possibleModals[s.low(a)] || futureModals[s.low(a)]) {
				return "012"
			}
		}
	}
	return ""
}

// Ties of a kind. Diplomatic cooperation (050: "expanded cooperation",
// "improved ties") named as economic or military is material cooperation
// of that kind: "expanded economic cooperation" is 061 (cooperate
// economically), "strengthened military ties" 062.

var (
	economicKinds = map[string]bool{"economic": true, "trade": true, "commercial": true, "financial": true, "business": true, "energy": true}
	militaryKinds = map[string]bool{"military": true, "defense": true, "defence": true, "security": true}
)

// cooperationKind returns 061 or 062 when diplomatic-cooperation verb i
// has an object modified by an economic or military word, else "".
func (s *sent) cooperationKind(i int, p *pattern) string {
	if p.Noun || p.Code != "050" {
		return ""
	}
	o := s.child(i, "obj")
	if o < 0 {
		return ""
	}
	for _, m := range s.kids[o] {
		if r := s.rel(m); r != "amod" && r != "compound" {
			continue
		}
		switch {
		case economicKinds[s.low(m)]:
			return "061"
		case militaryKinds[s.low(m)]:
			return "062"
		}
	}
	return ""
}
