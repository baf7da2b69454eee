package cli

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"sitrep/internal/pipeline"
)

func init() { extra = append(extra, reannotateCmd) }

func reannotateCmd(env *Env) *cobra.Command {
	var db string
	var workers int
	c := &cobra.Command{
		Use:   "reannotate [--db DSN]",
		Short: "rebuild annotations from stored text where the pipeline version changed",
		Long: `reannotate runs the current pipeline again over the stored text of every document
whose stored pipeline version (its versioned stage names) differs from the current one, and
replaces its annotations atomically, one document at a time: it can be stopped and resumed.`,
		Args: argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			reg, err := pipeline.Default()
			if err != nil {
				return err
			}
			st, err := openCorpus(env.Ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			version := pipeline.Version()
			after, n, failed := "", 0, 0
			var mu sync.Mutex
			for {
				ids, err := st.Stale(env.Ctx, version, after, 256)
				if err != nil {
					return err
				}
				if len(ids) == 0 {
					break
				}
				after = ids[len(ids)-1]
				var wg sync.WaitGroup
				next := make(chan string)
				for w := 0; w < max(workers, 1); w++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for id := range next {
							err := reannotateOne(env, st, reg, id)
							mu.Lock()
							if err != nil {
								failed++
								fmt.Fprintf(env.Stderr, "sitrep: %v\n", err)
							} else {
								n++
							}
							mu.Unlock()
						}
					}()
				}
				for _, id := range ids {
					next <- id
				}
				close(next)
				wg.Wait()
				if err := env.Ctx.Err(); err != nil {
					return err
				}
			}
			fmt.Fprintf(env.Stderr, "reannotate: %d documents rebuilt with %s, %d failed\n", n, version, failed)
			return nil
		},
	}
	c.Flags().StringVar(&db, "db", "", "store: a SQLite file (default ./sitrep.db) or postgres://...")
	c.Flags().IntVar(&workers, "workers", runtime.NumCPU(), "documents analysed in parallel")
	return c
}
