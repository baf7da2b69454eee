// Command demoevents prints the events the default pipeline codes on gold
// documents (e.g. testdata/gold/demo), one line per event with its
// evidence, so that two versions of the coder can be compared with diff:
// the eval command lists missed gold events, this lists what was coded.
//
//	go run ./internal/annotate/events/cmd/demoevents testdata/gold/demo > /tmp/ev.txt
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"sitrep/internal/eval"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: demoevents GOLD_DIR...")
		os.Exit(2)
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "demoevents:", err)
		os.Exit(1)
	}
}

func run(dirs []string) error {
	golds, err := eval.LoadGold(dirs...)
	if err != nil {
		return err
	}
	reg, err := pipeline.Default()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, g := range golds {
		d := ingest.NewDoc(g.Text, ingest.Meta{ID: g.ID, Outlet: g.Meta.Outlet, Published: g.Meta.Published})
		if err := reg.Run(context.Background(), d); err != nil {
			return fmt.Errorf("%s: %w", g.ID, err)
		}
		for _, e := range d.Events {
			fmt.Fprintf(out, "%s\t%s %s %s neg=%v hyp=%v\t%q\n", g.ID, e.Source, e.Code, e.Target,
				e.Negated, e.Hypothetical, d.Text[e.Evidence.Start:e.Evidence.End])
		}
	}
	return nil
}
