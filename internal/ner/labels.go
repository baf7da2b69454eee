package ner

// Internally the tagger predicts BILOU labels (Begin, Inside, Last, Unit),
// which Ratinov & Roth (2009) found to beat BIO for greedy decoding because
// the model must commit to where an entity ends. Label 0 is O; type k uses
// labels 1+4k .. 4+4k for B, I, L, U.
const (
	bB = iota
	bI
	bL
	bU
)

func labelOf(typ, part int) int { return 1 + 4*typ + part }

func partOf(label int) int { return (label - 1) % 4 }
func typeOf(label int) int { return (label - 1) / 4 }

// allowed reports whether label next may follow label prev (prev < 0 is the
// sentence start). Inside an entity only I or L of the same type may follow;
// outside, only O, B or U may.
func allowed(prev, next int) bool {
	open := prev > 0 && (partOf(prev) == bB || partOf(prev) == bI)
	if open {
		return next > 0 && typeOf(next) == typeOf(prev) && (partOf(next) == bI || partOf(next) == bL)
	}
	return next == 0 || partOf(next) == bB || partOf(next) == bU
}

// encodeBILOU turns IOB1/IOB2 tags into label ids; types not in typeIdx
// become O.
func encodeBILOU(tags []string, typeIdx map[string]int) []int {
	out := make([]int, len(tags))
	for _, s := range Spans(tags) {
		k, ok := typeIdx[s.Type]
		if !ok {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = labelOf(k, bU)
			continue
		}
		out[s.Start] = labelOf(k, bB)
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = labelOf(k, bI)
		}
		out[s.End-1] = labelOf(k, bL)
	}
	return out
}

// decodeIOB2 maps label ids back to IOB2 strings. An entity left open at
// the end of a sentence simply ends there.
func decodeIOB2(labels []int, types []string) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		if l == 0 {
			out[i] = "O"
			continue
		}
		t := types[typeOf(l)]
		switch partOf(l) {
		case bB, bU:
			out[i] = "B-" + t
		default:
			out[i] = "I-" + t
		}
	}
	return ToIOB2(out)
}

// tagStrings lists the IOB2 tag of each label for iob2: "O", then per
// type the B- form at 2k+1 and the I- form at 2k+2.
func tagStrings(types []string) []string {
	out := []string{"O"}
	for _, t := range types {
		out = append(out, "B-"+t, "I-"+t)
	}
	return out
}

// iob2 is decodeIOB2(labels, m.types) without building strings: an I or
// L label continuing an entity of its type is I-, any other entity label
// B- (which is what ToIOB2 makes of an I- after O or another type).
func (m *Model) iob2(labels []int) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		if l == 0 {
			out[i] = m.tags[0]
			continue
		}
		k := typeOf(l)
		if p := partOf(l); (p == bI || p == bL) && i > 0 && labels[i-1] != 0 && typeOf(labels[i-1]) == k {
			out[i] = m.tags[2*k+2]
		} else {
			out[i] = m.tags[2*k+1]
		}
	}
	return out
}
