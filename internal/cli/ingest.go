package cli

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/annotate"
	"sitrep/internal/errs"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/store"
	_ "sitrep/internal/store/postgres" // --db postgres://...
	_ "sitrep/internal/store/sqlite"   // the embedded default
)

func init() { extra = append(extra, ingestCmd) }

type ingestOpts struct {
	db       string
	workers  int
	batch    int
	progress string
}

func ingestCmd(env *Env) *cobra.Command {
	var o ingestOpts
	c := &cobra.Command{
		Use:   "ingest [flags] SOURCE...",
		Short: "analyse files, folders, feeds and WARC files into the corpus store",
		Long: `ingest reads every SOURCE (a file, a directory walked recursively, a glob, or - for
standard input; plain text, HTML, JSON Lines optionally gzip, RSS/Atom feeds, WARC files),
analyses each document on all cores and stores it with its annotations.

It is idempotent and crash-safe: every input record is remembered in a work queue in the
store, in the same transaction as its document, so a second run, or a run restarted after
a crash, stores nothing twice. The same text is stored once (content hash); near-duplicates
are grouped into clusters. On PostgreSQL several ingest processes, on one machine or many,
share one corpus: each claims records with FOR UPDATE SKIP LOCKED and none is analysed twice.`,
		Example: `  sitrep ingest corpus/
  sitrep ingest --db postgres://sitrep@db/sitrep 'news/*.jsonl.gz'
  zcat dump.jsonl.gz | sitrep ingest -`,
		Args: argsRange(1, -1),
		RunE: func(c *cobra.Command, args []string) error { return runIngest(env, args, o) },
	}
	f := c.Flags()
	f.StringVar(&o.db, "db", "", "store: a SQLite file (default ./sitrep.db) or postgres://...")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "documents analysed in parallel")
	f.IntVar(&o.batch, "batch", 32, "records per claim and write transaction")
	f.StringVar(&o.progress, "progress", "auto", "progress display: auto, bar, lines or none")
	return c
}

func runIngest(env *Env, sources []string, o ingestOpts) error {
	if o.workers < 1 || o.batch < 1 {
		return usageErr{fmt.Errorf("--workers and --batch must be at least 1")}
	}
	reg, err := pipeline.Default()
	if err != nil {
		return err
	}
	st, err := store.Open(env.Ctx, o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	sum := newSummary()
	prog := newProgress(env, o.progress, sourceBytes(sources), sum)
	defer prog.stop()
	in := &ingester{env: env, reg: reg, q: st.Queue(), sum: sum, prog: prog}
	// Other processes may hold records of these sources (PostgreSQL);
	// walk again until none is left pending, so that every process ends
	// only when the corpus is complete.
	for pass := 0; ; pass++ {
		done, err := in.pass(sources, o)
		if err != nil {
			return err
		}
		n, err := st.Queue().Pending(env.Ctx, done)
		if err != nil || n == 0 || pass >= 600 {
			prog.stop()
			sum.print(env.Stderr)
			if err == nil && sum.stored() == 0 && sum.failed() > 0 {
				return errs.Ef("ingest", errs.Invalid, "no document could be ingested")
			}
			return err
		}
		if err := sleepCtx(env.Ctx, 1); err != nil {
			return err
		}
	}
}

// ingester runs one pass over the sources.
type ingester struct {
	env  *Env
	reg  *annotate.Registry
	q    store.Queue
	sum  *summary
	prog *progress
}

// pass walks the sources once, claims records in batches and analyses the
// claimed ones on o.workers goroutines; it returns the sources seen.
func (in *ingester) pass(sources []string, o ingestOpts) ([]string, error) {
	ctx, cancel := context.WithCancel(in.env.Ctx)
	defer cancel()
	batches := make(chan []ingest.Item, o.workers)
	var wg sync.WaitGroup
	var once sync.Once
	var werr error
	for w := 0; w < o.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				err := in.batch(ctx, b)
				// A deadlock or serialisation failure between processes
				// (PostgreSQL) rolls the claim back: try the batch again.
				for try := 1; err != nil && try < 6 && ctx.Err() == nil && errs.KindOf(err) == errs.Store; try++ {
					time.Sleep(time.Duration(try*50) * time.Millisecond)
					err = in.batch(ctx, b)
				}
				if err != nil {
					once.Do(func() { werr = err; cancel() })
				}
			}
		}()
	}
	seen := map[string]bool{}
	var order []string
	var cur []ingest.Item
	err := ingest.Walk(sources, in.env.Stdin, func(it ingest.Item) error {
		if !seen[it.Source] {
			seen[it.Source] = true
			order = append(order, it.Source)
		}
		cur = append(cur, it)
		if len(cur) == o.batch {
			select {
			case batches <- cur:
			case <-ctx.Done():
				return ctx.Err()
			}
			cur = nil
		}
		return nil
	}, in.sum.badSource)
	if err == nil && len(cur) > 0 {
		batches <- cur
	}
	close(batches)
	wg.Wait()
	if werr != nil {
		return nil, werr
	}
	return order, err
}

// batch claims a batch, analyses what it got and commits it.
func (in *ingester) batch(ctx context.Context, items []ingest.Item) error {
	tasks := make([]store.Task, len(items))
	byTask := make(map[store.Task]ingest.Item, len(items))
	for i, it := range items {
		tasks[i] = store.Task{Source: it.Source, Key: it.Key, Hash: it.Hash()}
		byTask[tasks[i]] = it
	}
	c, err := in.q.Claim(ctx, tasks)
	if err != nil {
		return err
	}
	defer c.Rollback()
	size := 0
	for _, it := range items {
		size += it.Size()
	}
	claimed := c.Tasks()
	in.sum.add(&in.sum.seen, len(items)-len(claimed))
	for _, t := range claimed {
		it := byTask[t]
		d, err := ingest.Parse(it)
		if err == nil {
			err = in.reg.Run(ctx, d)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			in.sum.fail(it.Name(), err)
			if ferr := c.Fail(ctx, t, err.Error()); ferr != nil {
				return ferr
			}
			continue
		}
		if err := c.Put(ctx, t, d, nil); err != nil {
			return err
		}
	}
	res, err := c.Commit(ctx)
	if err != nil {
		return err
	}
	for _, r := range res {
		if r.Duplicate {
			in.sum.add(&in.sum.dups, 1)
		} else {
			in.sum.add(&in.sum.ingested, 1)
		}
	}
	in.prog.advance(len(items), size)
	return nil
}
