package ner

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// TrainConfig is what `sitrep train ner` and cmd/trainner take: file lists
// are comma-separated paths, relative to the repository root by default.
type TrainConfig struct {
	Train     string  // CoNLL training file(s)
	Dev       string  // CoNLL dev file for per-epoch reports (empty: none)
	News      string  // unlabelled JSONL news for word clusters (empty: none)
	Out       string  // model output path
	Epochs    int     // training epochs
	Seed      uint64  // shuffle seed
	NoHistory float64 // fraction of documents trained without document history
	// Induce trains a first model, tags the news with it and gives the
	// final model the names it found there as a gazetteer (induce.go).
	Induce  bool
	Lexicon LexiconOptions
}

// DefaultTrainConfig returns the settings of the committed model: trained
// on CoNLL-2003 train+testa with settings chosen on testa (trained on train
// only), clusters from both news corpora.
func DefaultTrainConfig() TrainConfig {
	bench := "../shared/bench/"
	return TrainConfig{
		Train:     bench + "conll2003/eng.train.gz," + bench + "conll2003/eng.testa.gz",
		News:      bench + "news/reuters21578.jsonl.gz," + bench + "news/bbc-fulltext.jsonl.gz",
		Out:       "internal/ner/model/ner.bin.gz",
		Epochs:    12,
		Seed:      1,
		NoHistory: 0.15,
		Induce:    true,
	}
}

// RunTraining trains a model as configured, writes it to c.Out and logs
// progress to log. The output is byte-identical for the same inputs.
func RunTraining(c TrainConfig, log io.Writer) error {
	start := time.Now()
	var sents []Sentence
	for _, p := range SplitList(c.Train) {
		s, err := OpenCoNLL(p)
		if err != nil {
			return fmt.Errorf("train ner: %w", err)
		}
		sents = append(sents, s...)
	}
	if len(sents) == 0 {
		return fmt.Errorf("train ner: no training sentences in %q", c.Train)
	}
	var dev []Sentence
	if c.Dev != "" {
		var err error
		if dev, err = OpenCoNLL(c.Dev); err != nil {
			return fmt.Errorf("train ner: dev: %w", err)
		}
	}
	var lex Lexicon
	if news := SplitList(c.News); len(news) > 0 {
		t := time.Now()
		var err error
		if lex, err = BuildLexicon(news, sents, c.Lexicon); err != nil {
			return fmt.Errorf("train ner: lexicon: %w", err)
		}
		fmt.Fprintf(log, "lexicon: %d clustered words, %d cap ratios in %v\n", len(lex.Clusters), len(lex.CapBin), time.Since(t).Round(time.Millisecond))
	}
	if news := SplitList(c.News); c.Induce && len(news) > 0 {
		t := time.Now()
		first := Train(sents, TrainOptions{Epochs: c.Epochs, Seed: c.Seed, NoHistory: c.NoHistory, Lexicon: lex})
		var docs [][]string
		for _, p := range news {
			d, err := readNews(p)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			docs = append(docs, d...)
		}
		lex.Induced = induceGazetteer(first, docs)
		fmt.Fprintf(log, "induced gazetteer: %d phrases in %v\n", len(lex.Induced), time.Since(t).Round(time.Millisecond))
	}
	t := time.Now()
	m := Train(sents, TrainOptions{Epochs: c.Epochs, Seed: c.Seed, NoHistory: c.NoHistory, Lexicon: lex, Dev: dev, Log: log})
	fmt.Fprintf(log, "trained on %d sentences in %v\n", len(sents), time.Since(t).Round(time.Millisecond))
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if err := os.WriteFile(c.Out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	if len(dev) > 0 {
		fmt.Fprintf(log, "dev, sentence by sentence (Tag):\n%s", Evaluate(m, dev))
		fmt.Fprintf(log, "dev, whole documents (TagDocument):\n%s", EvaluateDocs(m, dev))
	}
	fmt.Fprintf(log, "wrote %s (%d bytes), total %v\n", c.Out, buf.Len(), time.Since(start).Round(time.Millisecond))
	return nil
}

// SplitList splits a comma-separated list of paths, dropping empty items.
func SplitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
