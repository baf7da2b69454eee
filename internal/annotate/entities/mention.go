package entities

import (
	"sitrep/internal/doc"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
)

// cand is a candidate mention before entities are grouped.
type cand struct {
	tokA, tokB int // document token range
	span       doc.Span
	typ        string // entity type
	code       string // CAMEO actor code or ""
	key        string // grouping key: mentions with the same key are one entity
	name       string // canonical name, when known
	prio       int    // higher wins overlaps: rule 3, gazetteer 2, model 1
	metonym    bool
	person     bool // a person's name from the model, for surname coreference
}

// resolver holds one document's state while its sentences are read.
type resolver struct {
	d     *doc.Doc
	gaz   *lexicon.Gazetteer
	date  string
	cands []cand
	// longest memoises gaz.LongestMatch over the current sentence: the
	// rules and the gazetteer pass ask it for the same positions.
	longest []match
}

// match is one memoised LongestMatch result; n < 0 means not computed.
type match struct {
	n  int
	es []lexicon.Entry
}

// longestMatch is r.gaz.LongestMatch(words, i) for the sentence being read.
func (r *resolver) longestMatch(words []string, i int) (int, []lexicon.Entry) {
	if i < 0 || i >= len(r.longest) {
		return r.gaz.LongestMatch(words, i)
	}
	m := &r.longest[i]
	if m.n < 0 {
		m.n, m.es = r.gaz.LongestMatch(words, i)
	}
	return m.n, m.es
}

func (r *resolver) add(c cand) {
	c.span = doc.Span{Start: r.d.Tokens[c.tokA].Start, End: r.d.Tokens[c.tokB-1].End}
	r.cands = append(r.cands, c)
}

// sentence collects candidates from the gazetteer, the rules and the model
// for one sentence; words are the sentence's token texts and base the
// index of its first token.
func (r *resolver) sentence(si, base int, words []string, spans []ner.Span) {
	covered := make([]bool, len(words))
	r.longest = r.longest[:0]
	for range words {
		r.longest = append(r.longest, match{n: -1})
	}
	r.ownOutlet(base, words, covered)
	r.rules(base, words, covered)
	r.gazetteer(base, words, covered, spans)
	r.model(base, words, covered, spans)
}
