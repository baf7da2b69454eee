package ner

import "math/bits"

// A document's topic changes what a name is: in a story under a
// "SOCCER -" or "CRICKET -" headline a city ("Leeds", "Bayern Munich")
// or a country usually names a team (ORG), elsewhere a place (LOC). The
// news-agency slug that opens such a headline is the topic; conjoined
// with the gazetteer lists and the capitalisation of each word it lets
// the model learn those per-section readings. On CoNLL-2003 testa
// (trained on train, two seeds) it raised entity F1 from 91.55 to 92.03,
// ORG from 86.0 to 87.3.

// docTopic returns the hash of the document's topic word: the first word
// of an upper-case headline that opens the document, or 0 when the
// document has none.
func docTopic(doc [][]string) uint64 {
	if len(doc) == 0 || len(doc[0]) < 2 || !mostlyCaps(doc[0]) {
		return 0
	}
	w := doc[0][0]
	if capClass(w) != capAll {
		return 0
	}
	return hashBytes(appendLower(nil, w))
}

// topicFeatures appends the document topic conjoined with the
// capitalisation and the large-gazetteer bits of a capitalised word.
func (h *docHistory) topicFeatures(t *tok, buf []uint64) []uint64 {
	if h == nil || h.topic == 0 || t.cap == capLower || t.cap == capNone {
		return buf
	}
	buf = append(buf, feat2(tTopicCap, h.topic, t.cap))
	for b := t.gbits; b != 0; b &= b - 1 {
		buf = append(buf, feat2(tTopicGaz, h.topic, uint64(bits.TrailingZeros64(b))))
	}
	return buf
}
