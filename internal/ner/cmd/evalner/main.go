// Command evalner scores a NER model (the embedded one by default) on CoNLL
// files with conlleval-compatible entity P/R/F1:
//
//	go run ./internal/ner/cmd/evalner ../shared/bench/conll2003/eng.testb.gz
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"sitrep/internal/ner"
)

func main() {
	modelPath := flag.String("model", "", "model file (default: the embedded model)")
	doc := flag.Bool("doc", false, "tag whole documents (TagDocument) instead of single sentences")
	flag.Parse()
	m, err := ner.Load()
	if *modelPath != "" {
		f, ferr := os.Open(*modelPath)
		if ferr != nil {
			log.Fatal(ferr)
		}
		m, err = ner.ReadModel(f)
		f.Close()
	}
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range flag.Args() {
		sents, err := ner.OpenCoNLL(p)
		if err != nil {
			log.Fatal(err)
		}
		eval := ner.Evaluate
		if *doc {
			eval = ner.EvaluateDocs
		}
		fmt.Printf("== %s\n%s\n", p, eval(m, sents))
	}
}
