package events

import (
	"sitrep/internal/doc"
	"sitrep/internal/lexicon/cameo"
)

// sentence codes one sentence: every trigger word whose pattern fires and
// whose agent and (unless the pattern allows none) patient are actors.
func (c *coder) sentence(s *sent) []doc.Event {
	var out []doc.Event
	consumed := map[int]bool{}
	type hit struct {
		i int
		p *pattern
	}
	var hits []hit
	for i := range s.toks {
		p, why := c.match(s, i)
		if p == nil {
			if why != "" {
				c.note(s, i, nil, false, why)
			}
			continue
		}
		hits = append(hits, hit{i, p})
	}
	// Frames first, so that the act they embed is folded into them.
	inner := map[int]*pattern{}
	for _, h := range hits {
		inner[h.i] = h.p
	}
	for _, h := range hits {
		if h.p.Frame == "" {
			continue
		}
		for _, k := range s.kids[h.i] {
			r := s.rel(k)
			if r == "xcomp" || r == "ccomp" || r == "obj" || r == "obl" || r == "acl" || r == "nmod" {
				// "called on Russian peacekeepers": a role noun that is
				// an actor is the addressee, not the act asked for.
				if ip, ok := inner[k]; ok && ip.Frame == "" && !(ip.Noun && s.actor[k] != nil) && !(h.p.Frame == "03" && r == "ccomp" && s.perfect(k)) && !(h.p.Frame == claimFrame && !claimFolds(ip)) {
					consumed[k] = true
				}
			}
		}
	}
	// "ready to hold talks": the light noun of a folded support verb is
	// the same act, folded too.
	for _, h := range hits {
		if !consumed[h.i] {
			continue
		}
		for _, k := range s.kids[h.i] {
			if ip, ok := inner[k]; ok && ip.Noun && ip.Light && s.rel(k) == "obj" && s.actor[k] == nil {
				consumed[k] = true
			}
		}
	}
	for _, h := range hits {
		if !consumed[h.i] && h.p.Noun && h.p.Frame == "" {
			if g := s.contentNoun(h.i, inner); g >= 0 && !consumed[g] {
				c.note(s, h.i, h.p, false, "what the act at "+s.toks[g].Text+" is about")
				continue
			}
		}
		if consumed[h.i] {
			c.note(s, h.i, h.p, false, "folded into the control verb above it")
			continue
		}
		if h.p.Inner && !s.receivedAid(h.i, h.p) { // received_aid.go
			c.note(s, h.i, h.p, false, "codes only under a control verb")
			continue
		}
		if why := s.background(h.i, h.p, inner); why != "" {
			c.note(s, h.i, h.p, false, why)
			continue
		}
		evs, why := c.code(s, h.i, h.p, inner)
		c.noteTargets(evs)
		c.note(s, h.i, h.p, len(evs) > 0, why)
		out = append(out, evs...)
	}
	c.remember(s)
	c.noteCountries(s)
	c.notePersons(s)
	out = dedupe(s.dropSubordinate(s.dropMeansSupport(s.foldCoordinatedForce(out)))) // fold_hw.go
	c.rememberSource(out)
	if len(out) > maxPerSentence {
		out = out[:maxPerSentence]
	}
	return out
}

// code builds the events of one trigger.
func (c *coder) code(s *sent, i int, p *pattern, inner map[int]*pattern) ([]doc.Event, string) {
	if ev := s.evaluative(i, p); ev != "" && !p.Noun {
		return c.evaluation(s, i, p, ev) // evaluative.go
	}
	if ownResponsibility(s, i, p) {
		return c.claimedResponsibility(s, i, p) // own_responsibility.go
	}
	code, innerAt := frameOf(s, i, p, inner)
	if code == "" {
		code, innerAt = s.wantedInquiry(i, p, inner)
	}
	if code == "" {
		return nil, "a plan with no codable act"
	}
	code, why := s.adjustCode(i, p, code, innerAt, inner)
	if code == "" {
		return nil, why
	}
	code = s.warnedPessimism(i, p, code, innerAt) // warned_pessimism.go
	if p.Noun {
		code = s.claimCode(i, code)
	}
	neg, hyp := s.modality(i)
	if d := s.declinedComment(i, p, neg); d != nil {
		p, code, neg, hyp = d, d.Code, false, false
	}
	if d := s.wouldNotSay(i, p, neg); d != nil { // would_not_say.go
		p, code, neg, hyp = d, d.Code, false, false
	}
	if d := s.ruledOutOption(i, p, neg, inner); d != nil { // ruled_out.go
		p, code, neg, hyp = d, d.Code, false, false
	}
	if p.Yield && neg {
		code, neg = refusal(code), false
	}
	if p.Frame == "13" {
		hyp = false // a threat is itself a fact
	}
	if p.Frame == "03" && hyp && !neg && s.futureIntent(i) {
		hyp = false // a stated intent is itself a fact (intent_future.go)
	}
	// A future act under a factive report ("NATO confirmed it would
	// tighten the blockade") is not hypothetical, but it is still an
	// intent or a threat, not the act itself.
	if p.Frame == "" {
		if c2, ok := s.intent(i, code, neg); ok {
			code, hyp, neg = c2, false, false
		}
	}
	src := c.sources(s, i, p)
	if len(src) == 0 {
		src = s.signatories(i, p) // signed_between.go
	}
	if k := s.subjectBetween(i, p); len(src) == 0 && k >= 0 {
		src = []int{k}
	}
	if p.Noun {
		src = s.coordinatedOwner(i, src)
	} else if h := s.rootAclSubject(i); h >= 0 {
		src = s.conjuncts(h)
	}
	if v := s.supportOf(i, p); v >= 0 && len(c.resolve(s, src)) == 0 {
		if h := s.cutSubject(v); h != nil {
			src = h
		}
	}
	giver, recipient := s.receivedFrom(i, p)
	if giver >= 0 {
		src = s.conjuncts(giver)
	}
	srcActors := c.resolveAgent(s, src)
	if a := s.selfDescribed(i); a != nil && !p.Noun {
		srcActors = []*actorRef{a}
	}
	if len(srcActors) == 0 && p.Noun {
		// "The United States speeded up the withdrawal", "undertook a
		// mediation mission": the agent of the verb that handles the act.
		if h := s.governingVerb(i, c.t); h >= 0 {
			src = c.verbSubject(s, h, 0)
			srcActors = c.resolve(s, src)
		}
	}
	if len(srcActors) == 0 && p.Noun {
		if h := c.settingAgent(s, i, code); h != nil {
			src, srcActors = h, c.resolveAgent(s, h)
		} else if h := s.progressiveAgent(i); h != nil {
			src, srcActors = h, c.resolveAgent(s, h)
		}
	}
	if len(srcActors) == 0 && p.Noun {
		if a, k := s.nationalAgent(i); a != nil { // nominal_nationality.go
			src, srcActors = []int{k}, []*actorRef{a}
		}
	}
	if len(srcActors) == 0 && p.Noun {
		if k := s.phraseAgent(i, code); len(k) > 0 { // nominal_agent.go
			src, srcActors = k, c.resolveAgent(s, k)
		}
	}
	if len(srcActors) == 0 && !p.Noun {
		if k := s.precedingActor(i); k >= 0 {
			src = []int{k}
			srcActors = c.resolve(s, src)
		}
	}
	src, srcActors, recipient = c.hqAgent(s, i, p, src, srcActors, recipient) // violence_hq.go
	if len(srcActors) == 0 {
		// An agent the actor layer cannot code ("demonstrators", "the
		// rebels") still makes an event, with a null source; a missing or
		// pronominal agent does not.
		switch {
		case len(src) > 0 && isNounTag(s.upos(src[0])):
			srcActors = []*actorRef{{Span: s.span(src[0])}}
		case c.nullTargets && !p.Noun && s.child(i, "nsubj:pass") >= 0 && s.actorAt(s.child(i, "nsubj:pass"), 2) != nil:
			// Partial mode: a passive with no by-agent ("Aristide has
			// been accused") is coded with a null source.
			srcActors = []*actorRef{{}}
		case c.nullTargets && nullSourceOK(s, i, p):
			// Partial mode: an unambiguous act whose agent is an
			// uncoded or missing phrase still reports its code.
			srcActors = []*actorRef{{}}
		default:
			return nil, "no source actor"
		}
	}
	var tgt []int
	if recipient >= 0 {
		tgt = s.conjuncts(recipient)
	} else if p.DefTarget == "" {
		tgt = c.targets(s, i, p, src)
	}
	if len(tgt) == 0 && innerAt < 0 {
		tgt = s.accused(i, p)
	}
	var undo []*actorRef
	if innerAt >= 0 && (s.rel(innerAt) != "ccomp" || s.actorAt(max(s.child(innerAt, "nsubj"), 0), 2) == nil || s.child(innerAt, "nsubj") < 0) && s.allWithin(tgt, innerAt) {
		// "called for access to the population": the population is
		// the act's beneficiary; the appeal is to whoever blocks it.
		if undo = c.undoTarget(s, code, innerAt, inner[innerAt], srcActors); undo != nil {
			tgt = nil
		}
	}
	if len(tgt) == 0 && innerAt >= 0 && undo == nil {
		// "demanded that Chile withdraw": the embedded agent is the one
		// addressed; "refused to allow aid to X": the embedded patient.
		if s.rel(innerAt) == "ccomp" {
			if n := s.child(innerAt, "nsubj"); n >= 0 && s.actorAt(n, 2) != nil {
				tgt = s.conjuncts(n)
			}
		}
		if len(tgt) == 0 {
			tgt = c.targets(s, innerAt, inner[innerAt], src)
		}
	}
	tgtActors := c.resolveExcept(s, tgt, srcActors)
	if undo != nil {
		tgtActors = undo
	}
	// The nearest actor after a verb with no complement ("cut supplies to
	// the camp in Thailand"); in the default pipeline only for a coded
	// agent: an uncoded one plus a guessed patient was wrong on the demo.
	if len(tgtActors) == 0 && !p.Noun && !p.Say && p.DefTarget == "" && (c.nullTargets || srcActors[0].Code != "") {
		if k := s.followingActor(i, src); k >= 0 {
			tgtActors = c.resolve(s, []int{k})
		}
	}
	if len(tgtActors) == 0 {
		tgtActors = c.participantTargets(s, i, srcActors)
	}
	if len(tgtActors) == 0 {
		tgtActors = c.anaphoricTarget(s, i, p, code, srcActors)
	}
	if len(tgtActors) == 0 {
		tgtActors = c.ownerTarget(s, i, p, code, srcActors)
	}
	if len(tgtActors) == 0 {
		tgtActors = c.ceasefireTarget(code, srcActors)
	}
	if len(tgtActors) == 0 {
		tgtActors = c.contextTargets(s, i, p, code, srcActors)
	}
	tgtActors = c.reporterSide(s, i, tgtActors, srcActors)
	if len(tgtActors) == 0 && (reciprocal[p.Lemma] || (innerAt >= 0 && reciprocal[inner[innerAt].Lemma])) && !s.ofTheirOwn(i) {
		// "met", and "agreed to meet again": the meeting is mutual.
		srcActors, tgtActors = s.reciprocalPair(src, srcActors)
	}
	if len(tgtActors) == 0 && len(src) == 1 && len(srcActors) == 2 && (s.isLeaderPair(src[0]) || s.isPair(src[0])) {
		// "The two leaders confirmed their commitment": a pair that
		// acts with no other patient acts toward each other.
		srcActors, tgtActors = srcActors[:1], srcActors[1:]
	}
	if len(tgtActors) == 0 && len(srcActors) == 2 && (s.mutualObject(i, innerAt) || s.signedBetween(i, p) >= 0) {
		// "Brazil and the United States seek to deepen their
		// partnership": each party acts toward the other.
		tgtActors = srcActors
	}
	if p.Say && len(tgtActors) == 0 {
		if dc, dt := c.mustDemand(s, i, inner); dc != "" {
			code, tgtActors = dc, dt
		}
	}
	if s.pressAttribution(i, p, tgtActors) { // rules_hd2.go
		return nil, "an attribution to the press"
	}
	if p.Say && len(tgtActors) == 0 {
		return nil, "a statement with no addressee"
	}
	if len(tgtActors) == 0 && code[:2] == "19" {
		tgtActors = c.placeTarget(s, i, p, srcActors)
	}
	if code[:2] == "15" && !c.nullTargets && ownSide(tgtActors, srcActors) {
		// "reinforced its troops in Syria": a show of force with the
		// agent's own forces as object is aimed at where it happens.
		if f := s.foreignPlace(i, srcActors); f != nil {
			tgtActors = []*actorRef{f}
		}
	}
	if code[:2] == "07" && ownSide(tgtActors, srcActors) {
		// "Poland gave its old tanks to Ukraine": the agent's own arms or
		// forces are what is given; the recipient is the target.
		r := s.toRecipient(i, srcActors)
		if o := s.child(i, "obj"); r == nil && o >= 0 {
			r = s.recipientIn(o, srcActors)
		}
		if r != nil {
			tgtActors = []*actorRef{r}
		}
	}
	if len(tgtActors) == 0 && p.DefTarget == "" {
		srcActors, tgtActors = c.lastTargets(s, i, p, code, innerAt, src, srcActors)
	}
	if len(tgtActors) == 0 && p.DefTarget != "" {
		tgtActors = []*actorRef{{Code: p.DefTarget}}
	}
	if len(tgtActors) == 0 && !p.NoTarget && (p.Say || !c.nullTargets) && !(!p.Say && (nullTargetOK(code, p, srcActors) || s.rejectsEarlierAct(i, p, code, srcActors))) {
		if !p.Say && srcActors[0].Code != "" {
			// Not coded, but "condemned the move" may point back to it.
			c.lastSrc = srcActors[0]
		}
		return nil, "no target actor"
	}
	if len(tgtActors) == 0 {
		if p.Noun && srcActors[0].Code == "" {
			return nil, "a nominal with neither agent nor patient actor"
		}
		tgtActors = []*actorRef{nil}
	}
	if len(srcActors) == 1 && len(tgtActors) == 1 && tgtActors[0] != nil && tgtActors[0].Code == srcActors[0].Code {
		if a := c.reporterAgent(s, i); a != nil {
			srcActors = []*actorRef{a}
		}
	}
	if code == "190" || code == "193" {
		if u := s.unconventional(i, src); u != "" {
			code = u
		}
	}
	code = c.hqRefine(s, i, p, code, innerAt) // violence_hq.go
	code = riotCode(code, srcActors[0].Code)
	code = s.crowdCode(i, p, code, srcActors[0].Code) // crowd.go
	if code == "191" && civilRole(srcActors[0].Code) {
		code = "144" // protesters blocking a road obstruct passage
	}
	cc := cameo.Lookup(code)
	var out []doc.Event
	for _, a := range srcActors {
		for _, b := range tgtActors {
			if b != nil && b.Code == a.Code && a.Code != "" {
				continue
			}
			out = append(out, c.code1(s, i, p, code, neg, hyp, a, b)...)
			if mutual[p.Lemma] && p.constrained() && code[:2] != "04" && b != nil && b.Code != "" {
				out = append(out, c.code1(s, i, p, code, neg, hyp, b, a)...)
			}
		}
	}
	if len(out) == 0 && c.nullTargets && srcActors[0].Code != "" {
		// Partial mode: "Israel reimposed blockades in the West Bank"
		// still reports Israel's act when its patient resolves to Israel.
		return c.code1(s, i, p, code, neg, hyp, srcActors[0], nil), "coded " + code + " " + cc.Name + " (no other party)"
	}
	if len(out) == 0 {
		return nil, "source and target are the same actor"
	}
	return out, "coded " + code + " " + cc.Name
}

// perfect reports whether verb k is in the perfect ("has called off"): an
// act announced as done is that act, not an intent.
func (s *sent) perfect(k int) bool {
	for _, a := range s.kids[k] {
		if s.rel(a) == "aux" {
			if l := s.low(a); l == "has" || l == "have" || l == "had" {
				return true
			}
		}
	}
	return false
}
