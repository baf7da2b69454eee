package cli

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"sitrep/internal/ner"
)

// conllType maps sitrep's eight entity types onto CoNLL-2003's four, so a
// model (or a later refinement step) that predicts the finer types can be
// scored against CoNLL gold.
var conllType = map[string]string{
	"PER": "PER", "ORG": "ORG",
	"GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
	"NORP": "MISC", "EVENT": "MISC", "MISC": "MISC",
}

// toCoNLLTag rewrites the type of one IOB tag; unknown types stay as they
// are so that they show up as their own row instead of vanishing.
func toCoNLLTag(t string) string {
	if len(t) < 3 || t[1] != '-' {
		return t
	}
	if c, ok := conllType[t[2:]]; ok && c != t[2:] {
		return t[:2] + c
	}
	return t
}

// conllCounts is the JSON form of ner.Counts with its derived figures.
type conllCounts struct {
	Gold      int     `json:"gold"`
	Pred      int     `json:"pred"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newConllCounts(c ner.Counts) conllCounts {
	return conllCounts{Gold: c.Gold, Pred: c.Pred, Correct: c.Correct,
		Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()}
}

// conllReport is what `sitrep eval conll --json` prints. Timing is left
// out so the JSON is byte-identical across runs.
type conllReport struct {
	File    string                 `json:"file"`
	Tokens  int                    `json:"tokens"`
	Overall conllCounts            `json:"overall"`
	Types   map[string]conllCounts `json:"types"`
}

// evalConll tags a CoNLL-2003 column file the way the entities stage does
// (TagDocument over each -DOCSTART- document, so document history is used)
// and prints conlleval's entity-level exact-span P/R/F1, overall and per
// type.
func evalConll(env *Env, file string, asJSON bool) error {
	sents, err := ner.OpenCoNLL(file)
	if err != nil {
		return fmt.Errorf("eval conll: %w", err)
	}
	m, err := ner.Load()
	if err != nil {
		return fmt.Errorf("eval conll: loading model: %w", err)
	}
	m.Tag([]string{"Warm", "up"}) // loads the lexicon once, outside the timing
	gold := make([][]string, 0, len(sents))
	pred := make([][]string, 0, len(sents))
	size := 0
	var elapsed time.Duration
	cpu0 := cpuSeconds()
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && !sents[j].DocStart {
			j++
		}
		words := make([][]string, 0, j-i)
		for _, s := range sents[i:j] {
			words = append(words, s.Words)
			gold = append(gold, s.Tags)
			size += len(strings.Join(s.Words, " ")) + 1
		}
		start := time.Now()
		tags := m.TagDocument(words)
		elapsed += time.Since(start)
		for _, ts := range tags {
			for k, t := range ts {
				ts[k] = toCoNLLTag(t)
			}
			pred = append(pred, ts)
		}
		i = j
	}
	cpu := cpuSeconds() - cpu0
	rep := ner.Score(gold, pred)
	if asJSON {
		out := conllReport{File: file, Tokens: rep.Tokens, Overall: newConllCounts(rep.Overall),
			Types: map[string]conllCounts{}}
		for t, c := range rep.Types {
			out.Types[t] = newConllCounts(c)
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	fmt.Fprintf(env.Stdout, "%s: %d sentences\n", file, len(sents))
	types := make([]string, 0, len(rep.Types))
	for t := range rep.Types {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(env.Stdout, "%-8s %6s %6s %6s %6s %6s %6s\n", "type", "P", "R", "F1", "gold", "pred", "ok")
	row := func(name string, c ner.Counts) {
		fmt.Fprintf(env.Stdout, "%-8s %6.2f %6.2f %6.2f %6d %6d %6d\n", name,
			100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Pred, c.Correct)
	}
	for _, t := range types {
		row(t, rep.Types[t])
	}
	row("overall", rep.Overall)
	if s := elapsed.Seconds(); s > 0 && cpu > 0 {
		// CPU time is what "per core" means on a shared machine; wall time
		// is shown too.
		fmt.Fprintf(env.Stdout, "tagging: %.2f MB of text, %.2fs CPU (%.2f MB/s per core), %.2fs wall\n",
			float64(size)/1e6, cpu, float64(size)/1e6/cpu, s)
	}
	return nil
}
