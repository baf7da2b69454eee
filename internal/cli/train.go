package cli

import (
	"github.com/spf13/cobra"

	"sitrep/internal/ner"
)

func init() { extra = append(extra, trainCmd) }

// trainCmd groups the commands that rebuild committed model files.
func trainCmd(env *Env) *cobra.Command {
	c := &cobra.Command{
		Use:   "train",
		Short: "rebuild a committed statistical model",
	}
	c.AddCommand(trainNERCmd(env))
	return c
}

func trainNERCmd(env *Env) *cobra.Command {
	cfg := ner.DefaultTrainConfig()
	c := &cobra.Command{
		Use:   "ner [flags]",
		Short: "train the named-entity tagger (internal/ner) and write its model file",
		Long: `train ner trains the averaged-perceptron NER tagger on CoNLL-2003 (research-use licence)
with word clusters computed from the news corpora in ../shared/bench/news, and writes the
model file that internal/ner embeds. Run it from the repository root; the defaults rebuild
the committed model byte for byte. To tune, train on train only and report on testa:
  sitrep train ner --train ../shared/bench/conll2003/eng.train.gz \
    --dev ../shared/bench/conll2003/eng.testa.gz --out /tmp/ner.bin.gz
testb is for reporting only (sitrep eval conll), never for training or tuning.`,
		Example: "  sitrep train ner\n  sitrep train ner --epochs 15 --out /tmp/ner.bin.gz",
		Args:    argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			return ner.RunTraining(cfg, env.Stderr)
		},
	}
	f := c.Flags()
	f.StringVar(&cfg.Train, "train", cfg.Train, "CoNLL training file(s), comma-separated")
	f.StringVar(&cfg.Dev, "dev", cfg.Dev, "CoNLL dev file for per-epoch reports (empty: none)")
	f.StringVar(&cfg.News, "news", cfg.News, "unlabelled JSONL news for word clusters, comma-separated (empty: no clusters)")
	f.StringVar(&cfg.Out, "out", cfg.Out, "model output path")
	f.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training epochs")
	f.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "shuffle seed")
	f.IntVar(&cfg.Lexicon.MinCount, "min-count", 0, "min word frequency for clustering (0: default)")
	f.IntVar(&cfg.Lexicon.Contexts, "contexts", 0, "context vocabulary size for clustering (0: default)")
	f.IntVar(&cfg.Lexicon.MaxDepth, "depth", 0, "cluster tree depth (0: default)")
	f.IntVar(&cfg.Lexicon.Classes, "classes", 0, "flat exchange word classes (0: default, negative: none)")
	f.Float64Var(&cfg.NoHistory, "no-history", cfg.NoHistory, "fraction of documents trained without document-history features")
	return c
}
