package syntax

import (
	"fmt"
	"io"
	"math/rand"
	"sort"
)

// TrainConfig controls Train. Same data + config gives the same model.
type TrainConfig struct {
	Train, Dev  []TreeSentence // Dev is used only to pick epochs
	TagEpochs   int
	ParseEpochs int
	LabelEpochs int
	Folds       int // jackknife folds for the parser's training tags
	ParserSet   int // parser feature set: 1 (default) or 2 (parser_feats.go)
	Explore     float64
	Seed        int64
	Log         io.Writer
}

// Train builds a complete Model.
func Train(cfg TrainConfig) *Model {
	log := cfg.Log
	rng := rand.New(rand.NewSource(cfg.Seed))
	fmt.Fprintln(log, "UPOS tagger")
	m := &Model{upos: trainTagger(cfg.Train, cfg.Dev, upos, cfg.TagEpochs, rng, log)}
	fmt.Fprintln(log, "XPOS tagger")
	m.xpos = trainTagger(cfg.Train, cfg.Dev, xpos, cfg.TagEpochs, rng, log)

	// Jackknifed tags: the parser must learn from tags as noisy as the
	// ones it will see at run time, not from gold tags.
	tags := make([][]int, len(cfg.Train))
	for f := 0; f < cfg.Folds; f++ {
		var in, out []TreeSentence
		var outIdx []int
		for i := range cfg.Train {
			if i%cfg.Folds == f {
				out, outIdx = append(out, cfg.Train[i]), append(outIdx, i)
			} else {
				in = append(in, cfg.Train[i])
			}
		}
		fmt.Fprintf(log, "jackknife fold %d/%d\n", f+1, cfg.Folds)
		t := trainTagger(in, cfg.Dev, upos, cfg.TagEpochs, rng, io.Discard)
		ohs := sentHashes(out)
		for k, si := range outIdx {
			tags[si] = make([]int, len(ohs[k]))
			t.tag(ohs[k], tags[si], make([]uint64, 0, 64), make([]float32, len(t.tags)))
			// fold taggers may order tags differently; map to m.upos
			for j, c := range tags[si] {
				tags[si][j] = indexOf(m.upos.tags, t.tags[c])
			}
		}
	}
	rels := relIndex(cfg.Train)
	items := make([]trainItem, len(cfg.Train))
	hs := sentHashes(cfg.Train)
	for i := range cfg.Train {
		s := &cfg.Train[i]
		gold := make([]int32, len(s.Words)+1)
		gold[0] = -1
		rc := make([]int, len(s.Words))
		for j, h := range s.Heads {
			gold[j+1] = int32(h)
			rc[j] = indexOf(rels, s.Rels[j])
		}
		projectivize(gold)
		items[i] = trainItem{hs: hs[i], tags: tags[i], gold: gold, rels: rc, upos: m.upos.tags, sentI: i}
	}
	fmt.Fprintln(log, "parser")
	m.labeler = &labeler{rels: rels, lin: newLinear(len(rels), 16)}
	m.parser = trainParser(items, cfg.ParseEpochs, cfg.Explore, cfg.ParserSet == 2, rng, func(p *parser) float64 {
		m.parser = p
		return Evaluate(m, cfg.Dev).UAS
	}, log)
	fmt.Fprintln(log, "labeler")
	m.labeler = trainLabeler(items, rels, cfg.LabelEpochs, rng, func(l *labeler) float64 {
		m.labeler = l
		return Evaluate(m, cfg.Dev).LAS
	}, log)
	return m
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func relIndex(sents []TreeSentence) []string {
	set := map[string]bool{}
	for _, s := range sents {
		for _, r := range s.Rels {
			set[r] = true
		}
	}
	out := make([]string, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}
