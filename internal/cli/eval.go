package cli

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"sitrep/internal/eval"
	"sitrep/internal/pipeline"
)

func init() { extra = append(extra, evalCmd) }

func evalCmd(env *Env) *cobra.Command {
	var asJSON, misses bool
	c := &cobra.Command{
		Use:   "eval [flags] GOLD...",
		Short: "score the pipeline against gold annotations (P/R/F1 per layer)",
		Long: `eval runs the pipeline on gold files (../shared/contracts/gold-format.md; a directory
means every *.json in it) and prints precision, recall and F1 per layer. Matching rules:
entities by type class (GPE/LOC/FAC as one) and a shared normalised mention or name;
events on (source[:3], target[:3], CAMEO root), non-negated and non-hypothetical only;
quotes on speaker last name with half the gold span covered; quantities on value (0.5%)
and overlapping text; times on value and overlapping text; one-to-one greedy matching.
"sitrep eval conll FILE" scores NER on a CoNLL-2003 column file.`,
		Example: "  sitrep eval ../shared/seeds/gold\n  sitrep eval --json ../shared/seeds/gold",
		Args:    argsRange(1, -1),
		RunE: func(c *cobra.Command, args []string) error {
			if args[0] == "conll" {
				if len(args) != 2 {
					return usageErr{fmt.Errorf("eval conll: want exactly one CoNLL file (see sitrep eval -h)")}
				}
				return evalConll(env, args[1], asJSON)
			}
			golds, err := eval.LoadGold(args...)
			if err != nil {
				return err
			}
			reg, err := pipeline.Default()
			if err != nil {
				return err
			}
			rep, err := eval.Run(env.Ctx, reg, golds)
			if err != nil {
				return err
			}
			if asJSON {
				if !misses {
					rep.Misses = nil
				}
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			fmt.Fprintf(env.Stdout, "%d gold documents, pipeline %s\n", rep.Documents, pipeline.Version())
			rep.Write(env.Stdout)
			if misses {
				for _, m := range rep.Misses {
					fmt.Fprintln(env.Stdout, "  "+m)
				}
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	c.Flags().BoolVar(&misses, "misses", false, "list the gold items that were not matched")
	return c
}
