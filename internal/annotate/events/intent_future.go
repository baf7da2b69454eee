package events

// futureIntent reports whether the only mark of a possibility on an
// intent frame at trigger i ("ready", "willing", "agree to") is a future
// auxiliary: "he would be ready to host talks" and "Chad will be willing
// to send troops" state the intent now, as a threat states a threat
// (CAMEO 03). A hedge ("could be ready"), an obligation ("must be
// ready"), a condition ("if asked, it would be ready") or an intent
// frame under another frame keeps the act hypothetical.
func (s *sent) futureIntent(i int) bool {
	fut := false
	for _, k := range s.kids[i] {
		switch r := s.rel(k); r {
		case "aux":
			if modals[s.low(k)] {
				if !futureModals[s.low(k)] {
					return false
				}
				fut = true
			}
		case "mark":
			if l := s.low(k); l == "if" || l == "unless" {
				return false
			}
		case "advcl":
			// "would be ready if asked"
			if s.conditional(k) {
				return false
			}
		case "xcomp":
			// "would be willing to send troops if the UN asked"
			for _, g := range s.kids[k] {
				if s.rel(g) == "advcl" && s.conditional(g) {
					return false
				}
			}
		}
	}
	if !fut {
		return false
	}
	switch s.rel(i) {
	case "xcomp", "conj":
		return false
	case "parataxis", "advcl":
		// "If asked, Norway would be willing": a parse that hangs the
		// main clause on the condition
		if h := s.head(i); h >= 0 && s.conditional(h) {
			return false
		}
	}
	return true
}

// conditional reports whether clause k is introduced by "if" or "unless".
func (s *sent) conditional(k int) bool {
	m := s.child(k, "mark")
	return m >= 0 && (s.low(m) == "if" || s.low(m) == "unless")
}
