// Command nererrs prints a model's span errors on a CoNLL file (document
// tagging), one line per gold or predicted span that does not match.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	"sitrep/internal/ner"
)

func main() {
	modelPath := flag.String("model", "", "model file")
	flag.Parse()
	f, err := os.Open(*modelPath)
	if err != nil {
		log.Fatal(err)
	}
	m, err := ner.ReadModel(f)
	if err != nil {
		log.Fatal(err)
	}
	sents, err := ner.OpenCoNLL(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	var doc [][]string
	var gold [][]string
	flush := func() {
		pred := m.TagDocument(doc)
		for i := range doc {
			g, p := map[ner.Span]bool{}, map[ner.Span]bool{}
			for _, s := range ner.Spans(gold[i]) {
				g[s] = true
			}
			for _, s := range ner.Spans(pred[i]) {
				p[s] = true
			}
			line := strings.Join(doc[i], " ")
			for s := range g {
				if !p[s] {
					fmt.Printf("MISS %s %q | %s\n", s.Type, strings.Join(doc[i][s.Start:s.End], " "), line)
				}
			}
			for s := range p {
				if !g[s] {
					fmt.Printf("FALSE %s %q | %s\n", s.Type, strings.Join(doc[i][s.Start:s.End], " "), line)
				}
			}
		}
		doc, gold = nil, nil
	}
	for _, s := range sents {
		if s.DocStart && len(doc) > 0 {
			flush()
		}
		doc = append(doc, s.Words)
		gold = append(gold, s.Tags)
	}
	flush()
}
