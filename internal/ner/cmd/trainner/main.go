// Command trainner trains the sitrep NER model from CoNLL-2003 and writes
// the compact model file that internal/ner embeds. Run from the repository
// root:
//
//	go run ./cmd/sitrep train ner
//
// Output is deterministic for the same data and flags.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"sitrep/internal/ner"
)

func main() {
	bench := "../shared/bench/"
	// The committed model is trained on train+dev with settings chosen on
	// dev; for tuning run with -train .../eng.train.gz -dev .../eng.testa.gz.
	train := flag.String("train", bench+"conll2003/eng.train.gz,"+bench+"conll2003/eng.testa.gz",
		"CoNLL training file(s), comma-separated")
	dev := flag.String("dev", "", "CoNLL dev file for per-epoch reports (empty: none)")
	news := flag.String("news", bench+"news/reuters21578.jsonl.gz,"+bench+"news/bbc-fulltext.jsonl.gz",
		"unlabelled JSONL news for word clusters, comma-separated (empty: no clusters)")
	out := flag.String("out", "internal/ner/model/ner.bin.gz", "model output path")
	epochs := flag.Int("epochs", 12, "training epochs")
	seed := flag.Uint64("seed", 2, "shuffle seed (the committed model's, see ner.DefaultTrainConfig)")
	var lo ner.LexiconOptions
	flag.IntVar(&lo.MinCount, "min-count", 0, "min word frequency for clustering (0: default)")
	flag.IntVar(&lo.Contexts, "contexts", 0, "context vocabulary size for clustering (0: default)")
	flag.IntVar(&lo.MaxDepth, "depth", 0, "cluster tree depth (0: default)")
	noHist := flag.Float64("no-history", 0.5, "fraction of documents trained without document-history features")
	flag.Parse()

	start := time.Now()
	var sents []ner.Sentence
	for _, p := range split(*train) {
		s, err := ner.OpenCoNLL(p)
		if err != nil {
			log.Fatal(err)
		}
		sents = append(sents, s...)
	}
	var devSents []ner.Sentence
	if *dev != "" {
		var err error
		if devSents, err = ner.OpenCoNLL(*dev); err != nil {
			log.Fatal(err)
		}
	}
	var lex ner.Lexicon
	if *news != "" {
		t := time.Now()
		var err error
		lex, err = ner.BuildLexicon(split(*news), sents, lo)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("lexicon: %d clustered words, %d cap ratios in %v", len(lex.Clusters), len(lex.CapBin), time.Since(t))
	}
	t := time.Now()
	m := ner.Train(sents, ner.TrainOptions{Epochs: *epochs, Seed: *seed, NoHistory: *noHist, Lexicon: lex, Dev: devSents, Log: os.Stderr})
	log.Printf("trained on %d sentences in %v", len(sents), time.Since(t))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	if len(devSents) > 0 {
		fmt.Print(ner.Evaluate(m, devSents))
	}
	log.Printf("wrote %s (%d bytes), total %v", *out, buf.Len(), time.Since(start))
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
