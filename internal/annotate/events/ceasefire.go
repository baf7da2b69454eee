package events

import (
	"strings"

	"sitrep/internal/doc"
)

// "The Karabakh authorities called for an immediate ceasefire", "the
// rebels agreed to a truce": a call for, promise of or demand for an end
// to fighting is aimed at the other side of the fighting the text last
// reported, even when the clause names no one.

// fight is the last asserted act of force (roots 18-20) the text reported.
type fight struct{ src, tgt *actorRef }

// deescalation reports whether a code is about ending military
// engagement: 087x itself, and the appeals, intents, demands and refusals
// built on it.
func deescalation(code string) bool {
	switch code {
	case "0256", "0356", "1056", "1246":
		return true
	}
	return strings.HasPrefix(code, "087")
}

// ceasefireTarget returns the other party of the last fight for a
// de-escalation act of src with no target: the attacker when src was
// attacked, the attacked when src attacked, both for a third party.
func (c *coder) ceasefireTarget(code string, src []*actorRef) []*actorRef {
	f := c.lastFight
	if !deescalation(code) || f.src == nil || f.tgt == nil || len(src) != 1 || src[0] == nil || src[0].Code == "" {
		return nil
	}
	switch side := src[0].Code; {
	case sameSide(side, f.src.Code):
		return []*actorRef{f.tgt}
	case sameSide(side, f.tgt.Code):
		return []*actorRef{f.src}
	}
	return []*actorRef{f.src, f.tgt}
}

// sameSide reports whether two actor codes share their country prefix
// (ARMGOV and ARMMIL), or are equal.
func sameSide(a, b string) bool {
	if a == b {
		return true
	}
	return len(a) >= 3 && len(b) >= 3 && isCountry(a[:3]) && a[:3] == b[:3]
}

// noteFight remembers the last asserted act of force with both parties.
func (c *coder) noteFight(e *doc.Event) {
	if len(e.Code) < 2 || e.Code[:2] < "18" || e.Source == "" || e.Target == "" || e.SourceSpan == nil || e.TargetSpan == nil {
		return
	}
	c.lastFight = fight{src: &actorRef{Code: e.Source, Span: *e.SourceSpan}, tgt: &actorRef{Code: e.Target, Span: *e.TargetSpan}}
}
