package verbdict

// A pattern is matched against the words of one sentence, left to right,
// with the verb element pinned to the verb found: elements before "*"
// must lie before it, the others after it. A space lets words come
// between two elements, "_" does not. Matching backtracks, within a step
// budget so that a pathological dictionary cannot stall a batch.

// slot is where one element matched: tokens [From, To).
type slot struct{ From, To int }

// match is a pattern matched at one verb.
type match struct {
	p     *Pattern
	slots []slot
	score int // words and actors matched: the more, the more specific
}

// maxSteps bounds the backtracking of one pattern at one verb.
const maxSteps = 20000

type matcher struct {
	d      *Dict
	v      *view
	vf, vt int // the verb's tokens [vf, vt)
	p      *Pattern
	slots  []slot
	steps  int
}

// matchPattern tries p at the verb occupying tokens [vf, vt).
func (d *Dict) matchPattern(v *view, p *Pattern, vf, vt int) (match, bool) {
	m := &matcher{d: d, v: v, vf: vf, vt: vt, p: p, slots: make([]slot, len(p.Elems))}
	if !m.at(0, 0, false) {
		return match{}, false
	}
	score := 0
	for k, e := range p.Elems {
		switch e.Kind {
		case Word, Syn:
			score += m.slots[k].To - m.slots[k].From
		case Source, Target, Compound, Skip:
			score++
		}
	}
	return match{p: p, slots: m.slots, score: score}, true
}

// at matches elements k.. starting at token pos or later (exactly at pos
// when adjacent is set).
func (m *matcher) at(k, pos int, adjacent bool) bool {
	if k == len(m.p.Elems) {
		return true
	}
	m.steps++
	if m.steps > maxSteps {
		return false
	}
	e := m.p.Elems[k]
	if e.Kind == VerbPos {
		if m.vf < pos || adjacent && m.vf != pos {
			return false
		}
		m.slots[k] = slot{m.vf, m.vt}
		return m.at(k+1, m.vt, e.Join)
	}
	// Elements before the verb must end before it; after it, anywhere.
	limit := len(m.v.low)
	if pos <= m.vf {
		limit = m.vf
	}
	last := limit - 1
	if adjacent {
		last = pos
	}
	for s := pos; s <= last && s < limit; s++ {
		for _, end := range m.ends(e, s, limit) {
			m.slots[k] = slot{s, end}
			if m.at(k+1, end, e.Join) {
				return true
			}
		}
		if m.steps > maxSteps {
			return false
		}
	}
	return false
}

// ends returns the token ends at which element e matches when it starts
// at token s, without passing limit.
func (m *matcher) ends(e Elem, s, limit int) []int {
	v := m.v
	switch e.Kind {
	case Word:
		if v.low[s] == e.Word {
			return []int{s + 1}
		}
	case Syn:
		var out []int
		for _, mem := range m.d.Synsets[e.Word].Members {
			if s+len(mem) > limit {
				continue
			}
			ok := true
			for j, w := range mem {
				if v.low[s+j] != w {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, s+len(mem))
			}
		}
		return out
	case Source, Target, Compound:
		if id := v.ment[s]; id >= 0 && v.first[id] == s {
			if end := v.last[id] + 1; end <= limit {
				if e.Kind == Compound && len(v.conjuncts(v.phraseTop(s))) < 2 {
					return nil
				}
				return []int{end}
			}
		}
	case Skip:
		if !v.nounish(s) {
			return nil
		}
		end := s
		for end < limit && v.nounish(end) {
			end++
		}
		return []int{end}
	}
	return nil
}
