// Package syntax is the "syntax/v1" stage: it fills each token's UPOS,
// head and dependency relation from sitrep's own tagger and parser
// (internal/syntax). The segmenter already splits clitics the UD way, so
// tokens are parsed as they are, one sentence at a time.
//
// Parsing is the pipeline's most expensive step and only the event coder
// reads the parse, so with a Gate the stage parses only the sentences
// that may hold an event; the others keep Head -1 (not parsed).
package syntax

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
	parser "sitrep/internal/syntax"
)

// maxWords bounds the sentence length handed to the parser: longer
// "sentences" are tables or run-ons, where a parse is noise and costs time.
const maxWords = 150

// Gate chooses the sentences worth parsing and may correct tags from a
// lexicon the tagger lacks. The event coder's vocabulary implements it.
type Gate interface {
	Candidate(d *doc.Doc, s doc.Sentence) bool
	FixTags(lower, upos []string) bool
}

// TreeFixer is a Gate that also repairs parser errors the tags cannot
// prevent (a verb read as a participle of its own object).
type TreeFixer interface {
	FixTree(lower, upos []string, heads []int, rels []string) bool
}

// Stage is the syntax stage. A nil Gate parses every sentence.
type Stage struct {
	Gate Gate
}

// Spec implements annotate.Annotator.
func (st Stage) Spec() annotate.Spec {
	sp := annotate.Spec{
		Name:     "syntax/v1",
		Summary:  "UPOS tags and labelled dependencies (UD) for every sentence, from sitrep's own perceptron tagger and arc-hybrid parser",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens},
		Provides: []annotate.Layer{annotate.POS, annotate.Syntax},
		Example:  `Azerbaijan closed the corridor. → closed/VERB root, Azerbaijan nsubj, corridor obj`,
	}
	if st.Gate != nil {
		sp.Summary = "UPOS tags and labelled dependencies (UD) for the sentences that hold an event trigger and a possible agent, from sitrep's own perceptron tagger and arc-hybrid parser"
		sp.Requires = append(sp.Requires, annotate.Entities)
	}
	return sp
}

// Annotate implements annotate.Annotator.
func (st Stage) Annotate(_ context.Context, d *doc.Doc) error {
	m, err := parser.Load()
	if err != nil {
		return fmt.Errorf("syntax/v1: loading model: %w", err)
	}
	ParseGated(m, d, st.Gate)
	return nil
}

// AnnotateBatch implements annotate.BatchAnnotator: the sentences of all
// of docs go through the model together (ParseGatedBatch).
func (st Stage) AnnotateBatch(_ context.Context, docs []*doc.Doc) []error {
	m, err := parser.Load()
	if err != nil {
		errs := make([]error, len(docs))
		for i := range errs {
			errs[i] = fmt.Errorf("syntax/v1: loading model: %w", err)
		}
		return errs
	}
	ParseGatedBatch(m, docs, st.Gate)
	return nil
}

// Parse fills UPOS, Head and Rel of every token of d.
func Parse(m *parser.Model, d *doc.Doc) { ParseGated(m, d, nil) }

// ParseGated fills UPOS, Head and Rel of the tokens of the sentences that
// g admits (all when g is nil).
func ParseGated(m *parser.Model, d *doc.Doc, g Gate) {
	ParseGatedBatch(m, []*doc.Doc{d}, g)
}

// ParseGatedBatch is ParseGated over several documents: the admitted
// sentences of them all are analysed in one parser.Model.AnalyzeBatch,
// which tags them all, then parses them all, then labels them all, so
// that each model's tables stay in cache. Admission reads only words and
// entities, never a parse, so every sentence gets what ParseGated on its
// document alone gives it.
func ParseGatedBatch(m *parser.Model, docs []*doc.Doc, g Gate) {
	sc, _ := scratchPool.Get().(*batchScratch)
	if sc == nil {
		sc = &batchScratch{}
	}
	defer scratchPool.Put(sc)
	// Admit first (admission keeps state along each document), then
	// fill the words of every admitted sentence into shared backing.
	sc.toks = sc.toks[:0]
	total := 0
	for _, d := range docs {
		var ad *admitter
		if g != nil {
			ad = newAdmitter(g, d)
		}
		for _, s := range d.Sentences {
			ts := d.Tokens[s.TokStart:s.TokEnd]
			if len(ts) == 0 || len(ts) > maxWords || (ad != nil && !ad.admit(s)) {
				continue
			}
			sc.toks = append(sc.toks, ts)
			total += len(ts)
		}
	}
	sc.words = resize(sc.words, total)
	sc.lowerAll = resize(sc.lowerAll, total)
	sc.lower = resize(sc.lower, len(sc.toks))
	if cap(sc.sents) < len(sc.toks) {
		sc.sents = append(sc.sents[:cap(sc.sents)], make([]parser.Sentence, len(sc.toks)-cap(sc.sents))...)
	}
	sents := sc.sents[:len(sc.toks)] // each keeps its UPOS, Heads, Rels for reuse
	off := 0
	for k, ts := range sc.toks {
		words, low := sc.words[off:off+len(ts)], sc.lowerAll[off:off+len(ts)]
		off += len(ts)
		for i, t := range ts {
			words[i], low[i] = normWord(t.Text), t.Lower
		}
		sents[k].Words, sc.lower[k] = words, low
	}
	var fix func(i int, upos []string) bool
	if g != nil {
		fix = func(i int, upos []string) bool { return g.FixTags(sc.lower[i], upos) }
	}
	m.AnalyzeBatch(sents, fix)
	f, fixTree := g.(TreeFixer)
	for k, a := range sents {
		if fixTree {
			f.FixTree(sc.lower[k], a.UPOS, a.Heads, a.Rels)
		}
		ts := sc.toks[k]
		for i := range ts {
			ts[i].UPOS = a.UPOS[i]
			ts[i].Head = a.Heads[i]
			ts[i].Rel = a.Rels[i]
		}
		sents[k].Words = nil
	}
	clear(sc.toks) // do not keep the documents alive in the pool
	clear(sc.words)
	clear(sc.lowerAll)
}

// batchScratch is ParseGatedBatch's reusable memory.
type batchScratch struct {
	toks            [][]doc.Token
	words, lowerAll []string
	lower           [][]string
	sents           []parser.Sentence
}

var scratchPool sync.Pool

func resize[T any](a []T, n int) []T {
	if cap(a) < n {
		return make([]T, n)
	}
	return a[:n]
}

// normWord maps typographic apostrophes and quotes to the ASCII forms the
// treebanks use, so "’s" is tagged like "'s".
func normWord(w string) string {
	if !strings.ContainsAny(w, "\u2019\u2018\u201c\u201d") {
		return w
	}
	return quoteFolder.Replace(w)
}

var quoteFolder = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)
