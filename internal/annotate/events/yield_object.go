package events

// "Yield" concedes only with no object ("Baku yielded to pressure") or
// with what is given up ("yielded ground", "yielded control"). With any
// other object it produces something: "the bonds will yield 3.99 pct",
// "the talks would yield results". Those are no concession.

// yieldedThings are the objects of a conceding "yield".
var yieldedThings = map[string]bool{"ground": true, "territory": true, "control": true, "power": true,
	"land": true, "position": true, "seat": true, "sovereignty": true, "authority": true, "demand": true}

// producedYield reports whether pattern p at i is a "yield" whose object
// is something produced rather than given up.
func (s *sent) producedYield(i int, p *pattern) bool {
	if p.Noun || p.Lemma != "yield" {
		return false
	}
	o := s.child(i, "obj")
	return o >= 0 && !yieldedThings[lemma(s.low(o))]
}
