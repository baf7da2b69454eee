package cli

import (
	"github.com/spf13/cobra"

	"sitrep/internal/pipeline"
)

// addNullTargetsFlag gives every command --null-targets: the event stage
// also codes acts by a named agent whose clause names no patient actor
// ("the army launched an offensive"). That is how the CAMEO-manual and
// PETRARCH-2 gold code such sentences, so the benchmark figures in the
// README are for this mode; off by default because on news it adds many
// vague events. Process-wide like --verbs, and reset when absent, which
// matters when Main runs several times in one process.
func addNullTargetsFlag(root *cobra.Command) {
	var on bool
	root.PersistentFlags().BoolVar(&on, "null-targets", false,
		"also code events that have an agent but no target actor (the mode the event benchmarks are scored in)")
	prev := root.PersistentPreRunE
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if prev != nil {
			if err := prev(c, args); err != nil {
				return err
			}
		}
		pipeline.SetNullTargets(on)
		return nil
	}
}
