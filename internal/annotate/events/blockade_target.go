package events

import "strings"

// "Azerbaijan closed the Hakari bridge checkpoint to all traffic after it
// said a guard was wounded by fire from the Armenian side", "installed a
// checkpoint at the bridge where the corridor leaves Armenia": a road or
// crossing closed with no population named anywhere yet is closed on the
// one other country the sentence names.

// nounClause reports whether verb-tagged c is a noun compound the parser
// read as a bare clause ("closed the bridge checkpoint": "bridge" the
// subject of "checkpoint"): a complement clause with a subject but no
// auxiliary, marker or object of its own.
func (s *sent) nounClause(c int) bool {
	return s.rel(c) == "ccomp" && s.child(c, "nsubj") >= 0 && s.child(c, "aux", "mark", "obj", "cop") < 0 &&
		len(s.toks[c].Text) > 0 && s.toks[c].Lower == lemma(s.toks[c].Lower)
}

// blockadeTarget returns the one country other than the agent's (and the
// reporter's) that a sentence with a road closure names, or nil.
func (c *coder) blockadeTarget(s *sent, i int, p *pattern, code string, src []*actorRef) []*actorRef {
	if code != "191" || p.Noun || !p.constrained() || c.lastCVL != nil || len(src) == 0 || src[0] == nil || len(src[0].Code) < 3 {
		return nil
	}
	own := src[0].Code[:3]
	for k := range s.toks {
		// A population named later in the same sentence ("tightening a
		// blockade that has cut off 120,000 Armenians") is the target
		// the later rules find.
		if a := s.actor[k]; a != nil && strings.HasSuffix(a.Code, "CVL") {
			return nil
		}
	}
	var out *actorRef
	for k := range s.toks {
		a := s.actor[k]
		if a == nil || len(a.Code) < 3 || a.Code[:3] == own || !isCountry(a.Code[:3]) || (k > 0 && s.actor[k-1] == a) {
			continue
		}
		if a.Type != "GPE" && a.Type != "ROLE" {
			continue
		}
		if out != nil && out.Code[:3] != a.Code[:3] {
			return nil // two others: no telling which
		}
		out = &actorRef{Code: a.Code[:3], Span: a.Span, Type: "GPE"}
	}
	if out == nil {
		return nil
	}
	return []*actorRef{out}
}
