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

// Parse fills UPOS, Head and Rel of every token of d.
func Parse(m *parser.Model, d *doc.Doc) { ParseGated(m, d, nil) }

// ParseGated fills UPOS, Head and Rel of the tokens of the sentences that
// g admits (all when g is nil).
func ParseGated(m *parser.Model, d *doc.Doc, g Gate) {
	var words, lower []string
	var a parser.Sentence
	var ad *admitter
	if g != nil {
		ad = newAdmitter(g, d)
	}
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokStart:s.TokEnd]
		if len(toks) == 0 || len(toks) > maxWords || (ad != nil && !ad.admit(s)) {
			continue
		}
		words, lower = words[:0], lower[:0]
		for _, t := range toks {
			words = append(words, normWord(t.Text))
			lower = append(lower, t.Lower)
		}
		m.AnalyzeInto(&a, words, false)
		if g != nil && g.FixTags(lower, a.UPOS) {
			a.Heads, a.Rels = m.Parse(words, a.UPOS)
		}
		if f, ok := g.(TreeFixer); ok {
			f.FixTree(lower, a.UPOS, a.Heads, a.Rels)
		}
		for i := range toks {
			toks[i].UPOS = a.UPOS[i]
			toks[i].Head = a.Heads[i]
			toks[i].Rel = a.Rels[i]
		}
	}
}

// normWord maps typographic apostrophes and quotes to the ASCII forms the
// treebanks use, so "’s" is tagged like "'s".
func normWord(w string) string {
	if !strings.ContainsAny(w, "\u2019\u2018\u201c\u201d") {
		return w
	}
	r := strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)
	return r.Replace(w)
}
