package events

import "sitrep/internal/doc"

// reporter returns the speaker when the trigger lies inside a direct quote
// or an interview question or answer. Indirect speech ("X said that Y
// attacked") is the narrator's report, so, as in the gold convention, it
// leaves reported_by empty.
func (c *coder) reporter(sp doc.Span) string {
	for _, q := range c.d.Quotes {
		if q.Kind == "indirect" || !q.Span.Contains(sp) {
			continue
		}
		return q.Speaker
	}
	return ""
}

// dateOf returns the value of a time expression attached to the trigger
// (in its subtree, or its support verb's), else "": the gold convention
// leaves an event's date empty unless the text gives or implies it.
func (c *coder) dateOf(s *sent, i int) string {
	top := i
	if isNounTag(s.upos(i)) {
		if h := s.head(i); h >= 0 && (s.rel(i) == "obj" || s.rel(i) == "nsubj:pass" || s.rel(i) == "nsubj") {
			top = h
		}
	}
	first, last := s.toks[0].Start, s.toks[len(s.toks)-1].End
	for _, t := range c.d.Times {
		if t.Value == "" || t.Start < first || t.End > last {
			continue
		}
		for k := range s.toks {
			if s.toks[k].Start >= t.Start && s.toks[k].End <= t.End && s.within(k, top) {
				return t.Value
			}
		}
	}
	return ""
}
