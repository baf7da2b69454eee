package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"sitrep/internal/demo"
	"sitrep/internal/errs"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

func init() { extra = append(extra, demoCmd) }

func demoCmd(env *Env) *cobra.Command {
	var addr string
	c := &cobra.Command{
		Use:   "demo [--addr 127.0.0.1:8080]",
		Short: "analyse the embedded sample collection and serve it (API and web page)",
		Long: `demo builds a temporary corpus from the sample collection embedded in sitrep (short reports,
written by the sitrep team, following the Lachin corridor blockade from December 2022 to the
departure of the Karabakh Armenians in September 2023), serves it like sitrep serve and prints
the address. The corpus lives in a temporary directory removed on exit.`,
		Example: `  sitrep demo
  sitrep demo --addr 127.0.0.1:0`,
		Args: argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error { return runDemo(env, addr) },
	}
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free port)")
	return c
}

func runDemo(env *Env, addr string) error {
	dir, err := os.MkdirTemp("", "sitrep-demo-")
	if err != nil {
		return errs.E("demo", errs.IO, err)
	}
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(env.Ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer st.Close()
	n, events, err := LoadDemo(env.Ctx, st)
	if err != nil {
		return err
	}
	banner := fmt.Sprintf("sitrep demo: %d sample reports analysed (%d events) into %s\n", n, events, dir)
	return listenAndServe(env, st, addr, serveOptsDefault(), banner)
}

// LoadDemo analyses the embedded sample collection into st and returns
// the number of documents and events stored.
func LoadDemo(ctx context.Context, st store.Store) (docs, events int, err error) {
	reports, err := demo.Reports()
	if err != nil {
		return 0, 0, err
	}
	reg, err := pipeline.Default()
	if err != nil {
		return 0, 0, err
	}
	for _, r := range reports {
		d, err := ingest.FromBytes(r.Meta.ID, []byte(r.Text), ingest.Text, r.Meta)
		if err != nil {
			return 0, 0, err
		}
		if err := reg.Run(ctx, d); err != nil {
			return 0, 0, fmt.Errorf("demo %s: %w", r.Meta.ID, err)
		}
		if _, err := st.PutDoc(ctx, d, nil); err != nil {
			return 0, 0, fmt.Errorf("demo %s: %w", r.Meta.ID, err)
		}
		docs++
		events += len(d.Events)
	}
	return docs, events, nil
}
