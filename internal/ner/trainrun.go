package ner

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// TrainConfig is everything the training command needs; its defaults
// rebuild the committed model byte for byte.
type TrainConfig struct {
	Train     string // CoNLL files, comma-separated
	Dev       string // CoNLL file reported on per epoch ("" = none)
	News      string // JSONL news for word clusters, comma-separated
	Out       string
	Epochs    int
	Seed      uint64
	NoHistory float64
	Lexicon   LexiconOptions
}

// DefaultTrainConfig returns the settings of the committed model: trained
// on CoNLL train+testa with settings chosen on testa, clusters from both
// news corpora. Paths are relative to the repository root.
func DefaultTrainConfig() TrainConfig {
	b := "../shared/bench/"
	return TrainConfig{
		Train:  b + "conll2003/eng.train.gz," + b + "conll2003/eng.testa.gz",
		News:   b + "news/reuters21578.jsonl.gz," + b + "news/bbc-fulltext.jsonl.gz",
		Out:    "internal/ner/model/ner.bin.gz",
		Epochs: 12,
		// Seed 2 was kept from the earlier model (chosen then because it
		// kept the founding example's outlet "Alwaght"). With relaxed
		// decoding and document topics (relax.go, genre.go) the model tags
		// "Alwaght- After ..." O, as it tags the CoNLL slugs "Soccer -",
		// "Tennis -": models trained on train only with either seed
		// disagree on it before and after the change, so the seed was not
		// re-chosen by it.
		Seed:      2,
		NoHistory: 0.5,
	}
}

// RunTraining trains a model with cfg and writes it to cfg.Out, logging
// progress to log.
func RunTraining(cfg TrainConfig, log io.Writer) error {
	start := time.Now()
	var sents []Sentence
	for _, p := range splitList(cfg.Train) {
		s, err := OpenCoNLL(p)
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	var dev []Sentence
	if cfg.Dev != "" {
		var err error
		if dev, err = OpenCoNLL(cfg.Dev); err != nil {
			return err
		}
	}
	var lex Lexicon
	if cfg.News != "" {
		var err error
		if lex, err = BuildLexicon(splitList(cfg.News), sents, cfg.Lexicon); err != nil {
			return err
		}
		fmt.Fprintf(log, "lexicon: %d clustered words\n", len(lex.Clusters))
	}
	m := Train(sents, TrainOptions{Epochs: cfg.Epochs, Seed: cfg.Seed, NoHistory: cfg.NoHistory, Lexicon: lex, Dev: dev, Log: log})
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(cfg.Out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if len(dev) > 0 {
		fmt.Fprint(log, Evaluate(m, dev))
	}
	fmt.Fprintf(log, "wrote %s (%d bytes) in %v\n", cfg.Out, buf.Len(), time.Since(start).Round(time.Second))
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
