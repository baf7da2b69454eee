package events

import "sitrep/internal/doc"

// "Azerbaijan installed a checkpoint. Armenia condemned the move": a
// reaction whose object is an event noun that points back ("the move",
// "the decision", "the detention") is aimed at the agent of the event
// reported just before it.

// anaphoricActs are the nouns that name an act already reported.
var anaphoricActs = map[string]bool{"move": true, "decision": true, "step": true, "action": true,
	"attack": true, "detention": true, "arrest": true, "closure": true, "deployment": true,
	"order": true, "ruling": true, "opinion": true, "report": true, "statement": true,
	"proposal": true, "offer": true, "plan": true, "measure": true, "demand": true}

// pointBack are the determiners that make an act noun a re-mention.
var pointBack = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "such": true}

// reactionRoots are the roots whose object may be an earlier act:
// praise (05), criticism (11) and rejection (12).
var reactionRoots = map[string]bool{"05": true, "11": true, "12": true}

// anaphoricTarget returns the agent of the previous event when trigger i
// reacts to "the move" and the like, or nil.
func (c *coder) anaphoricTarget(s *sent, i int, p *pattern, code string, src []*actorRef) []*actorRef {
	if p.Noun || c.lastSrc == nil || !reactionRoots[code[:2]] {
		return nil
	}
	o := s.child(i, "obj")
	if o < 0 {
		// "will not give in to such sieges", "protested against this
		// blockade": the act may be a prepositional complement.
		for _, k := range s.kids[i] {
			if s.rel(k) == "obl" && (s.caseOf(k) == "to" || s.caseOf(k) == "against") {
				o = k
				break
			}
		}
	}
	if o < 0 || s.actor[o] != nil || !(anaphoricActs[lemma(s.low(o))] || c.t.isActNoun(s.low(o))) {
		return nil
	}
	if d := s.child(o, "det", "amod"); d < 0 || !pointBack[s.low(d)] {
		return nil
	}
	prev := c.lastSrc
	if a := c.srcByRoot[c.t.actRoot(s.low(o))]; a != nil {
		prev = a // "such sieges": whoever laid the last siege
	}
	for _, a := range src {
		if a.Code == prev.Code {
			return nil
		}
	}
	return []*actorRef{prev}
}

// rememberSource keeps the agent of the last event coded with one.
func (c *coder) rememberSource(evs []doc.Event) {
	for k := len(evs) - 1; k >= 0; k-- {
		if evs[k].Source == "" || evs[k].SourceSpan == nil {
			continue
		}
		sp := *evs[k].SourceSpan
		c.lastSrc = &actorRef{Code: evs[k].Source, Span: sp}
		break
	}
	for _, e := range evs {
		if e.Source == "" || e.SourceSpan == nil || e.Negated || e.Hypothetical || len(e.Code) < 2 {
			continue
		}
		if c.srcByRoot == nil {
			c.srcByRoot = map[string]*actorRef{}
		}
		c.srcByRoot[e.Code[:2]] = &actorRef{Code: e.Source, Span: *e.SourceSpan}
		c.noteFight(&e)
	}
}
