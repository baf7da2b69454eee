package syntax

// parser predicts unlabelled arcs greedily with arc-hybrid transitions.
type parser struct {
	lin  *linear // nActs classes, training form
	fast *table3 // compiled form; nil while training
	tags *dense  // fast's tag-only features, precomputed (nil: use fast)
	v2   bool    // feature set 2 (parser_feats.go)
}

// parse runs the transition system to completion and leaves the tree in
// s.heads (index 0 unused).
func (m *parser) parse(p *parseSent, s *parseState, n int, feats []uint64, scores []float32) {
	s.reset(n)
	scores = scores[:nActs]
	p.v2 = m.v2
	if m.tags != nil {
		p.fillRoles(m.fast, n)
	}
	for !s.done() {
		// A forced move (only SHIFT from the bare root, only RIGHT once
		// the buffer is empty) needs no scoring: that is the first and
		// the last few transitions of every sentence.
		if a, ok := s.forced(); ok {
			s.apply(a)
			continue
		}
		if m.tags != nil {
			var tags, words int64
			feats = splitFeatures(p, s, m.tags, feats[:0], &tags, &words)
			a, b, c := m.fast.score(feats)
			ta, tb, tc := unpack(tags)
			wa, wb, wc := unpack(words)
			scores[0], scores[1], scores[2] = float32(a+ta+wa), float32(b+tb+wb), float32(c+tc+wc)
		} else if feats = parseFeatures(p, s, feats[:0]); m.fast != nil {
			a, b, c := m.fast.score(feats)
			scores[0], scores[1], scores[2] = float32(a), float32(b), float32(c)
		} else {
			m.lin.score(feats, scores)
		}
		best := -1
		for a := 0; a < nActs; a++ {
			if s.valid(a) && (best < 0 || scores[a] > scores[best]) {
				best = a
			}
		}
		s.apply(best)
	}
}

// projectivize lifts non-projective arcs (shortest first) to the head's
// head until the tree is projective, so the arc-hybrid oracle is exact.
// heads is 1-based with index 0 unused; it is modified in place.
func projectivize(heads []int32) {
	for {
		bestD, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d < int32(len(heads)); d++ {
			h := heads[d]
			if h == 0 || isProjectiveArc(heads, h, d) {
				continue
			}
			l := h - d
			if l < 0 {
				l = -l
			}
			if l < bestLen {
				bestD, bestLen = d, l
			}
		}
		if bestD < 0 {
			return
		}
		heads[bestD] = heads[heads[bestD]]
	}
}

// isProjectiveArc reports whether every word strictly between h and d is
// dominated by h.
func isProjectiveArc(heads []int32, h, d int32) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		x := k
		for steps := 0; x != h && x != 0 && steps < len(heads); steps++ {
			x = heads[x]
		}
		if x != h {
			return false
		}
	}
	return true
}
