package ner

import "slices"

// TagDocument tags the sentences of one document, using how other
// sentences were tagged as extra evidence. Each element of doc is one
// sentence's words; the result has one IOB2 tag slice per sentence.
//
// It runs two passes. The first goes in order and lets each sentence see
// the labels of the sentences before it. The second re-tags each sentence
// with the labels of all other sentences of the first pass, so that a
// headline ("LEWIS WINS IN PHILADELPHIA") profits from the body text that
// follows it; only sentences whose history features changed are re-tagged.
func (m *Model) TagDocument(doc [][]string) [][]string {
	out := make([][]string, len(doc))
	labels := make([][]int, len(doc))
	sigs := make([][]uint16, len(doc))
	hist := docHistory{}
	agg := newDocContext(doc)
	for i, words := range doc {
		if len(words) == 0 {
			continue
		}
		s := m.getScratch(len(words))
		m.prepare(words, s.toks)
		sigs[i] = hist.signature(words, nil)
		labels[i] = slices.Clone(m.decode(s, isAllCapsSentence(words), hist, agg, i, words, nil, nil))
		hist.add(words, labels[i])
		m.pool.Put(s)
	}
	var sig []uint16
	for i, words := range doc {
		if len(words) == 0 {
			out[i] = []string{}
			continue
		}
		final := labels[i]
		hist.sub(words, labels[i])
		if sig = hist.signature(words, sig); !slices.Equal(sig, sigs[i]) {
			s := m.getScratch(len(words))
			m.prepare(words, s.toks)
			final = m.decode(s, isAllCapsSentence(words), hist, agg, i, words, nil, nil)
			m.pool.Put(s)
		}
		out[i] = decodeIOB2(final, m.types)
		hist.add(words, labels[i])
	}
	return out
}
