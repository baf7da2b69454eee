package syntax

// roleTmpls are the two templates of each role's word alone (word, and
// word with its tag), in parseSent.roles order.
var roleTmpls = [4][2]uint64{{pS0W, pS0WT}, {pS1W, pS1WT}, {pB0W, pB0WT}, {pB1W, pB1WT}}

// fillRoles fills p.roles for the n words (and the root) from t. Each
// word takes each role for a few transitions, so looking its features up
// once per sentence, all loads issued together, halves these lookups.
//
// The role features of a word are two per role and, in feature set 2,
// B0's three bigrams with b1 (always the next word, so a function of b0
// alone).
func (p *parseSent) fillRoles(t *table3, n int) {
	per := 2 * len(roleTmpls)
	if p.v2 {
		per += 3
	}
	feats := p.roleFeats[:0]
	for i := int32(-1); i <= int32(n); i++ {
		w, tg := p.W(i), p.T(i)
		for _, r := range roleTmpls {
			feats = append(feats, f1(r[0], w), f2(r[1], w, tg))
		}
		if p.v2 {
			nx := int32(-1) // b1 when i is b0
			if i >= 0 && i < int32(n) {
				nx = i + 1
			}
			feats = append(feats, f2(pB0WB1W, w, p.W(nx)), f2(pB0WB1T, w, p.T(nx)), f2(pB0TB1W, tg, p.W(nx)))
		}
	}
	var sink uint64
	for _, f := range feats {
		sink |= t.slots[f&t.mask]
	}
	p.roleFeats = feats
	for r := range p.roles {
		p.roles[r] = resizeI64(p.roles[r], n+2)
	}
	if sink == 0 {
		for r := range p.roles {
			clear(p.roles[r])
		}
		return
	}
	for k := 0; k < len(feats); k += per {
		i := k / per
		for r := range p.roles {
			p.roles[r][i] = pack(t.lookup(feats[k+2*r])) + pack(t.lookup(feats[k+2*r+1]))
		}
		if p.v2 {
			p.roles[2][i] += pack(t.lookup(feats[k+8])) + pack(t.lookup(feats[k+9])) + pack(t.lookup(feats[k+10]))
		}
	}
}

func resizeI64(a []int64, n int) []int64 {
	if cap(a) < n {
		return make([]int64, n)
	}
	return a[:n]
}
