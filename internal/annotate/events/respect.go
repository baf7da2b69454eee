package events

import "sitrep/internal/doc"

// "He said he respects the borders of Iran", "Chile says it recognises
// Peru's sovereignty": a statement that the speaker respects a state's
// borders or sovereignty is a statement (010) to that state. With no
// owner named ("the historical borders"), it is addressed to the party
// the speaker last dealt with. A content verb the table codes itself
// ("recognised Azerbaijan's integrity", 054) is that act, not a statement.

// respectVerbs are the verbs of acknowledging a state's rights.
var respectVerbs = map[string]bool{"respect": true, "recognize": true, "recognise": true,
	"honor": true, "honour": true, "accept": true, "guarantee": true}

// stateRights are what a state's neighbours respect.
var stateRights = map[string]bool{"border": true, "borders": true, "frontier": true, "sovereignty": true,
	"integrity": true, "independence": true, "boundary": true}

// respectTarget returns the state whose borders or sovereignty a speech
// verb i says its agent respects, or nil.
func (c *coder) respectTarget(s *sent, i int, p *pattern, src []*actorRef) []*actorRef {
	if !p.Say {
		return nil
	}
	for _, k := range s.kids[i] {
		if s.rel(k) != "ccomp" || !respectVerbs[verbLemma(s.low(k))] {
			continue
		}
		if q, _ := c.match(s, k); q != nil {
			continue // "said Armenia recognised its integrity": that act is coded
		}
		o := s.child(k, "obj")
		if o < 0 || !stateRights[lemma(s.low(o))] {
			continue
		}
		for _, g := range s.kids[o] {
			switch s.rel(g) {
			case "nmod:poss", "nmod", "amod", "compound":
				if a := s.actorAt(g, 1); a != nil && a.Code != "" && !hasCode(src, a.Code) {
					return []*actorRef{a}
				}
			}
		}
		if len(src) == 1 && src[0] != nil && src[0].Code != "" {
			if a := c.targetsOf[src[0].Code]; a != nil {
				return []*actorRef{a}
			}
		}
	}
	return nil
}

// noteTargets remembers the patient of each agent's last event.
func (c *coder) noteTargets(evs []doc.Event) {
	for _, e := range evs {
		if e.Source == "" || e.Target == "" || e.TargetSpan == nil || e.Negated || e.Hypothetical {
			continue
		}
		if c.targetsOf == nil {
			c.targetsOf = map[string]*actorRef{}
		}
		c.targetsOf[e.Source] = &actorRef{Code: e.Target, Span: *e.TargetSpan}
	}
}
