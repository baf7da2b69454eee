package verbdict

import "sitrep/internal/annotate/events"

// modality reports whether the act at verb i is negated or hypothetical:
// a negation or modal marker (events.Marker) on the verb that the pattern
// did not itself match. A dictionary that writes "WILL NOT *" [081] has
// coded the negation into the code already, so that event stands as it
// is.
func (v *view) modality(i int, used []bool) (neg, hyp bool) {
	for _, k := range v.kids[i] {
		if !used[k] {
			n, h := events.Marker(v.rel(k), v.low[k])
			neg, hyp = neg || n, hyp || h
		}
	}
	return neg, hyp
}
