// Command trainsyntax trains the sitrep tagger/parser model from the UD
// English treebanks and writes it (compiled tables, uncompressed) for embedding in
// internal/syntax. Run from the repository root:
//
//	go run ./internal/syntax/cmd/trainsyntax -out internal/syntax/model/syntax.bin \
//		-tag-epochs 10 -parse-epochs 12 -label-epochs 6 -folds 4 -prune 1 -seed 1
//
// (the committed model; write to a temporary path first and copy it over
// once the code that reads it is in place and the tests pass).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sitrep/internal/syntax"
)

func main() {
	data := flag.String("data", "../shared/bench/ud", "directory with the UD .conllu.gz files")
	train := flag.String("train", "en_ewt-ud-train.conllu.gz,en_gum-ud-train.open.conllu.gz", "training files (comma-separated, relative to -data)")
	dev := flag.String("dev", "en_ewt-ud-dev.conllu.gz", "dev files for epoch selection")
	out := flag.String("out", "internal/syntax/model/syntax.bin", "output model file")
	tagEp := flag.Int("tag-epochs", 8, "tagger epochs")
	parseEp := flag.Int("parse-epochs", 12, "parser epochs")
	labelEp := flag.Int("label-epochs", 8, "labeller epochs")
	folds := flag.Int("folds", 4, "jackknife folds for parser training tags")
	explore := flag.Float64("explore", 0.9, "probability of following the model's own transition after epoch 1")
	prune := flag.Float64("prune", 0.02, "drop weight rows whose largest |weight| is below this")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()

	start := time.Now()
	tr, err := readAll(*data, *train)
	if err != nil {
		log.Fatal(err)
	}
	dv, err := readAll(*data, *dev)
	if err != nil {
		log.Fatal(err)
	}
	m := syntax.Train(syntax.TrainConfig{
		Train: tr, Dev: dv, TagEpochs: *tagEp, ParseEpochs: *parseEp, LabelEpochs: *labelEp,
		Folds: *folds, Explore: *explore, Seed: *seed, Log: os.Stderr,
	})
	var buf bytes.Buffer
	if err := m.Save(&buf, float32(*prune)); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	m2, err := syntax.ReadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	s := syntax.Evaluate(m2, dv)
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %s; dev after save: UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f\n",
		*out, buf.Len(), time.Since(start).Round(time.Second), 100*s.UPOS, 100*s.XPOS, 100*s.UAS, 100*s.LAS)
}

func readAll(dir, list string) ([]syntax.TreeSentence, error) {
	var all []syntax.TreeSentence
	for _, f := range strings.Split(list, ",") {
		s, err := syntax.ReadCoNLLUFile(filepath.Join(dir, strings.TrimSpace(f)))
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}
