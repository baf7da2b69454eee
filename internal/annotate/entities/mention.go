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
	r.rules(base, words, covered)
	r.gazetteer(base, words, covered, spans)
	r.model(base, words, covered, spans)
}
