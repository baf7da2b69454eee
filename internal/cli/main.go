// Package cli wires sitrep's subcommands. It is the only place, with the
// server, that imports both the pipeline and the store.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"sitrep/internal/errs"
)

// Env is what a command may touch: its streams and a context.
type Env struct {
	Ctx    context.Context
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Main runs sitrep with args and returns the exit code: 0 ok, 1 failure,
// 2 bad usage.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Ctx: ctx, Stdin: stdin, Stdout: stdout, Stderr: stderr}
	root := newRoot(env)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ue usageErr
	if errors.As(err, &ue) || errs.KindOf(err) == errs.Usage {
		fmt.Fprintf(stderr, "sitrep: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "sitrep: %v\n", err)
	return errs.ExitCode(err)
}

type usageErr struct{ error }

func newRoot(env *Env) *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "sitrep turns news about conflicts, crises and diplomacy into sourced situation data",
		Long: `sitrep reads news text (plain text, HTML, JSON Lines) and finds who did what to whom,
where and when, in CAMEO and PLOVER, with the exact words that support every fact:
actors, events, quotes with their speakers, figures, dates, tone and stance.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// Flag errors are usage errors: exit code 2.
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErr{fmt.Errorf("%s: %w (see sitrep %s -h)", c.Name(), err, c.Name())}
	})
	addActorsFlag(root)
	addVerbsFlag(root)
	addNullTargetsFlag(root)
	root.AddCommand(analyzeCmd(env), stagesCmd(env))
	for _, add := range extra {
		root.AddCommand(add(env))
	}
	return root
}

// extra holds commands registered by other files of this package, so each
// subcommand lives in its own file.
var extra []func(*Env) *cobra.Command

// exactArgs is cobra.RangeArgs with a usage error.
func argsRange(lo, hi int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < lo || hi >= 0 && len(args) > hi {
			return usageErr{fmt.Errorf("%s: wrong number of arguments (see sitrep %s -h)", c.Name(), c.Name())}
		}
		return nil
	}
}
