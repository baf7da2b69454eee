package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/pipeline"
)

func stagesCmd(env *Env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "stages",
		Short: "list the pipeline's stages with what they require and provide",
		Args:  argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			reg, err := pipeline.Default()
			if err != nil {
				return err
			}
			var specs []any
			for _, a := range reg.Stages() {
				s := a.Spec()
				if asJSON {
					specs = append(specs, s)
					continue
				}
				fmt.Fprintf(env.Stdout, "%-16s %s\n", s.Name, s.Summary)
				fmt.Fprintf(env.Stdout, "%16s requires: %s  provides: %s\n", "", join(s.Requires), join(s.Provides))
				if s.Example != "" {
					fmt.Fprintf(env.Stdout, "%16s example: %s\n", "", s.Example)
				}
			}
			if asJSON {
				enc := json.NewEncoder(env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(specs)
			}
			return nil
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the specs as JSON")
	return c
}

func join[T ~string](xs []T) string {
	if len(xs) == 0 {
		return "-"
	}
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ",")
}
