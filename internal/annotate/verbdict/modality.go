package verbdict

// modality reports whether the act at verb i is negated or hypothetical:
// a "not"/"never"/"no" or a modal auxiliary on the verb that the pattern
// did not itself match. A dictionary that writes "WILL NOT *" [081] has
// coded the negation into the code already, so that event stands as it
// is. (events/v1 has a fuller reading of modality, not exported; see the
// package README note in the report.)
func (v *view) modality(i int, used []bool) (neg, hyp bool) {
	for _, k := range v.kids[i] {
		if used[k] {
			continue
		}
		l := v.low[k]
		switch v.rel(k) {
		case "advmod":
			if l == "not" || l == "n't" || l == "never" {
				neg = true
			}
		case "det":
			if l == "no" {
				neg = true
			}
		case "aux":
			if modals[l] {
				hyp = true
			}
		case "mark":
			if l == "if" || l == "unless" {
				hyp = true
			}
		}
	}
	return neg, hyp
}

var modals = map[string]bool{"may": true, "might": true, "could": true, "would": true, "should": true,
	"will": true, "shall": true, "'ll": true, "wo": true, "must": true, "can": true, "ca": true}
