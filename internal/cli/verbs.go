package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"sitrep/internal/annotate/verbdict"
	"sitrep/internal/errs"
)

// addVerbsFlag gives every command --verbs: a PETRARCH/TABARI-format verb
// dictionary whose patterns code events on top of sitrep's parse and
// actors, replacing events/v1's coding at the verbs it matches. Like
// --actors it is process-wide (the pipeline adds the verbs stage while a
// dictionary is set), so it wraps the root's pre-run hook; without the
// flag the stage is removed again, which matters when Main runs several
// times in one process.
func addVerbsFlag(root *cobra.Command) {
	var files []string
	root.PersistentFlags().StringArrayVar(&files, "verbs", nil,
		"PETRARCH-format verb dictionary to code events with, on top of sitrep's own coding (repeatable)")
	prev := root.PersistentPreRunE
	root.PersistentPreRunE = func(c *cobra.Command, args []string) error {
		if prev != nil {
			if err := prev(c, args); err != nil {
				return err
			}
		}
		if len(files) == 0 {
			verbdict.SetDefault(nil)
			return nil
		}
		d, err := verbdict.ParseFiles(files)
		if err != nil {
			return errs.E("--verbs", errs.Invalid, err)
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(c.ErrOrStderr(), "sitrep: --verbs: %s\n", w)
		}
		verbdict.SetDefault(d)
		return nil
	}
}
