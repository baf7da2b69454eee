// Command trainner trains the sitrep NER model from CoNLL-2003 and writes
// the compact model file that internal/ner embeds. Run from the repository
// root (the same as `sitrep train ner`):
//
//	go run ./internal/ner/cmd/trainner -out internal/ner/model/ner.bin.gz
//
// Output is deterministic for the same data and flags.
package main

import (
	"flag"
	"log"
	"os"

	"sitrep/internal/ner"
)

func main() {
	c := ner.DefaultTrainConfig()
	// The committed model is trained on train+dev with settings chosen on
	// dev; for tuning run with -train .../eng.train.gz -dev .../eng.testa.gz.
	flag.StringVar(&c.Train, "train", c.Train, "CoNLL training file(s), comma-separated")
	flag.StringVar(&c.Dev, "dev", c.Dev, "CoNLL dev file for per-epoch reports (empty: none)")
	flag.StringVar(&c.News, "news", c.News, "unlabelled JSONL news for word clusters, comma-separated (empty: no clusters)")
	flag.StringVar(&c.Out, "out", c.Out, "model output path")
	flag.IntVar(&c.Epochs, "epochs", c.Epochs, "training epochs")
	flag.Uint64Var(&c.Seed, "seed", c.Seed, "shuffle seed")
	flag.IntVar(&c.Lexicon.MinCount, "min-count", 0, "min word frequency for clustering (0: default)")
	flag.IntVar(&c.Lexicon.Contexts, "contexts", 0, "context vocabulary size for clustering (0: default)")
	flag.IntVar(&c.Lexicon.MaxDepth, "depth", 0, "cluster tree depth (0: default)")
	flag.Float64Var(&c.NoHistory, "no-history", c.NoHistory, "fraction of documents trained without document-history features")
	flag.BoolVar(&c.Induce, "induce", c.Induce, "induce a gazetteer by tagging the news with a first model")
	flag.Parse()
	if err := ner.RunTraining(c, os.Stderr); err != nil {
		log.Fatal(err)
	}
}
