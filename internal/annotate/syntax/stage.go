// Package syntax is the "syntax/v1" stage: it fills each token's UPOS,
// head and dependency relation from sitrep's own tagger and parser
// (internal/syntax). The segmenter already splits clitics the UD way, so
// tokens are parsed as they are, one sentence at a time.
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

// Stage is the syntax stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "syntax/v1",
		Summary:  "UPOS tags and labelled dependencies (UD) for every sentence, from sitrep's own perceptron tagger and arc-hybrid parser",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens},
		Provides: []annotate.Layer{annotate.POS, annotate.Syntax},
		Example:  `Azerbaijan closed the corridor. → closed/VERB root, Azerbaijan nsubj, corridor obj`,
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	m, err := parser.Load()
	if err != nil {
		return fmt.Errorf("syntax/v1: loading model: %w", err)
	}
	Parse(m, d)
	return nil
}

// Parse fills UPOS, Head and Rel of every token of d.
func Parse(m *parser.Model, d *doc.Doc) {
	var words []string
	for _, s := range d.Sentences {
		toks := d.Tokens[s.TokStart:s.TokEnd]
		if len(toks) == 0 || len(toks) > maxWords {
			continue
		}
		words = words[:0]
		for _, t := range toks {
			words = append(words, normWord(t.Text))
		}
		a := m.Analyze(words)
		for i := range toks {
			toks[i].UPOS = a.UPOS[i]
			if a.XPOS != nil {
				toks[i].XPOS = a.XPOS[i]
			}
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
