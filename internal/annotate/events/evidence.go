package events

import "sitrep/internal/doc"

// What an event points at: its evidence span, and the events of one
// sentence without repeats.

func spanPtr(s doc.Span) *doc.Span {
	if s.End <= s.Start {
		return nil
	}
	return &s
}

// evidence spans from the first to the last of trigger, source and target.
func (s *sent) evidence(i int, a, b *actorRef) doc.Span {
	sp := s.span(i)
	for _, r := range []*actorRef{a, b} {
		if r == nil || r.Span.End <= r.Span.Start {
			continue
		}
		if r.Span.Start < s.toks[0].Start || r.Span.End > s.toks[len(s.toks)-1].End {
			continue // a remembered actor from an earlier sentence
		}
		sp.Start, sp.End = min(sp.Start, r.Span.Start), max(sp.End, r.Span.End)
	}
	return sp
}

// dedupe drops repeated events, and an event without a target when the
// same source and code were coded with one ("Aliyev agreed ... to a
// presence of observers").
func dedupe(evs []doc.Event) []doc.Event {
	seen := map[string]bool{}
	for _, e := range evs {
		if e.Target != "" {
			seen[e.Source+">*:"+e.Code] = true
			if e.Root == "04" {
				// A meeting is mutual: "A and B held talks" coded
				// A->B leaves no room for B meeting no one.
				seen[e.Target+">*:"+e.Code] = true
			}
		}
	}
	out := evs[:0]
	for _, e := range evs {
		k := e.Source + ">" + e.Target + ":" + e.Code
		if seen[k] || (e.Target == "" && seen[e.Source+">*:"+e.Code]) {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}
