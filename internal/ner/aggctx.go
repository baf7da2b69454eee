package ner

import "strings"

// docContext implements context aggregation (Ratinov & Roth 2009): a
// capitalised word gets, as features, the words around its other mentions
// in the same document. "Clinton" in a headline is easier once the body
// says "President Clinton" and "Clinton said". Unlike docHistory these
// features do not depend on predicted labels, so training sees exactly
// what tagging sees.
type docContext map[string][]mention

// mention is one occurrence of a capitalised word: where it is and the
// hashed lower-cased words on either side.
type mention struct {
	sent, pos int32
	l, r      uint64
}

// maxAggMentions bounds the features one token gets from its other
// mentions, which keeps tagging linear in the document length.
const maxAggMentions = 6

var padLower = hashStr("<pad>")

// newDocContext indexes the capitalised words of a document.
func newDocContext(doc [][]string) docContext {
	d := docContext{}
	for si, words := range doc {
		for i, w := range words {
			if c := capClass(w); c == capLower || c == capNone {
				continue
			}
			k := strings.ToLower(w)
			if len(d[k]) >= 4*maxAggMentions {
				continue
			}
			mt := mention{sent: int32(si), pos: int32(i), l: padLower, r: padLower}
			if i > 0 {
				mt.l = hashStr(normDigits(strings.ToLower(words[i-1])))
			}
			if i+1 < len(words) {
				mt.r = hashStr(normDigits(strings.ToLower(words[i+1])))
			}
			d[k] = append(d[k], mt)
		}
	}
	return d
}

// features appends the left and right neighbours of the other mentions of
// words[i] in sentence si.
func (d docContext) features(si, i int, word string, buf []uint64) []uint64 {
	if len(d) == 0 {
		return buf
	}
	if c := capClass(word); c == capLower || c == capNone {
		return buf
	}
	ms := d[strings.ToLower(word)]
	if len(ms) < 2 {
		return buf
	}
	n := 0
	for _, m := range ms {
		if int(m.sent) == si && int(m.pos) == i {
			continue
		}
		buf = append(buf, feat1(tAggL, m.l), feat1(tAggR, m.r))
		if n++; n == maxAggMentions {
			break
		}
	}
	return buf
}
