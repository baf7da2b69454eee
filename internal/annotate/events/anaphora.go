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
	if o < 0 || s.actor[o] != nil || !anaphoricActs[lemma(s.low(o))] {
		return nil
	}
	if d := s.child(o, "det"); d < 0 || (s.low(d) != "the" && s.low(d) != "this" && s.low(d) != "that") {
		return nil
	}
	for _, a := range src {
		if a.Code == c.lastSrc.Code {
			return nil
		}
	}
	return []*actorRef{c.lastSrc}
}

// rememberSource keeps the agent of the last event coded with one.
func (c *coder) rememberSource(evs []doc.Event) {
	for k := len(evs) - 1; k >= 0; k-- {
		if evs[k].Source == "" || evs[k].SourceSpan == nil {
			continue
		}
		sp := *evs[k].SourceSpan
		c.lastSrc = &actorRef{Code: evs[k].Source, Span: sp}
		return
	}
}
