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
	"sitrep/internal/fetch"
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
	f.IntVar(&o.batch, "batch", 64, "records per claim and write transaction")
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

// pass walks the sources once and returns the sources seen. Work flows
// through three kinds of goroutine so that analysis never waits for the
// database: the walker reads records; one store goroutine claims batches
// and commits finished ones (SQLite has one writer anyway, and one
// goroutine writing in large transactions beats several taking turns);
// o.workers goroutines only parse and analyse.
func (in *ingester) pass(sources []string, o ingestOpts) ([]string, error) {
	ctx, cancel := context.WithCancel(in.env.Ctx)
	defer cancel()
	// At most inflight claimed batches exist at once: memory stays flat
	// in corpus size, and every worker always has a batch waiting.
	inflight := 2 * o.workers
	walked := make(chan []ingest.Item)
	work := make(chan *ingestJob, inflight)
	done := make(chan *ingestJob, inflight)
	var wg sync.WaitGroup
	for w := 0; w < o.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.err = in.analyse(ctx, j)
				done <- j
			}
		}()
	}
	seen := map[string]bool{}
	var order []string
	var walkErr error
	go func() {
		defer close(walked)
		var cur []ingest.Item
		var fc fetch.Client
		get := func(url string) ([]byte, error) { return fc.Get(ctx, url) }
		walkErr = ingest.WalkWith(sources, in.env.Stdin, get, func(it ingest.Item) error {
			if !seen[it.Source] {
				seen[it.Source] = true
				order = append(order, it.Source)
			}
			cur = append(cur, it)
			if len(cur) == o.batch {
				select {
				case walked <- cur:
				case <-ctx.Done():
					return ctx.Err()
				}
				cur = nil
			}
			return nil
		}, in.sum.badSource)
		if walkErr == nil && len(cur) > 0 {
			select {
			case walked <- cur:
			case <-ctx.Done():
			}
		}
	}()
	err := in.store(ctx, walked, work, done, inflight)
	if err != nil {
		cancel() // workers drop what is left
	}
	close(work)
	wg.Wait()
	close(done)
	for j := range done { // batches left over by an error
		j.c.Rollback()
	}
	if err != nil {
		for range walked { // let the walker finish
		}
		return nil, err
	}
	return order, walkErr
}

// ingestJob is one claimed batch on its way through the workers.
type ingestJob struct {
	items []ingest.Item
	c     store.Claim
	tasks map[store.Task]ingest.Item
	size  int
	tries int
	err   error
}

// store is the store goroutine: it claims walked batches, hands them to
// the workers and commits them as they come back.
func (in *ingester) store(ctx context.Context, walked <-chan []ingest.Item, work, done chan *ingestJob, inflight int) error {
	busy := 0
	for walked != nil || busy > 0 {
		next := walked
		if busy >= inflight {
			next = nil // wait for a batch to come back first
		}
		select {
		case items, ok := <-next:
			if !ok {
				walked = nil
				continue
			}
			j := &ingestJob{items: items}
			if err := in.claim(ctx, j); err != nil {
				return err
			}
			if j.c == nil {
				continue
			}
			busy++
			work <- j
		case j := <-done:
			busy--
			err := j.err
			if err == nil {
				err = in.commit(ctx, j)
			}
			// A deadlock or serialisation failure between processes
			// (PostgreSQL) rolls the claim back: try the batch again.
			if err != nil && j.tries < 5 && ctx.Err() == nil && errs.KindOf(err) == errs.Store {
				j.c.Rollback()
				j.tries++
				time.Sleep(time.Duration(j.tries*50) * time.Millisecond)
				if err = in.claim(ctx, j); err == nil && j.c != nil {
					busy++
					work <- j
				}
			}
			if err != nil {
				j.c.Rollback()
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// claim claims the tasks of a batch; j.c is nil when every task was done
// already (or is held by another process).
func (in *ingester) claim(ctx context.Context, j *ingestJob) error {
	tasks := make([]store.Task, len(j.items))
	j.tasks = make(map[store.Task]ingest.Item, len(j.items))
	j.size = 0
	for i, it := range j.items {
		tasks[i] = store.Task{Source: it.Source, Key: it.Key, Hash: it.Hash()}
		j.tasks[tasks[i]] = it
		j.size += it.Size()
	}
	var c store.Claim
	var err error
	for try := 0; ; try++ {
		c, err = in.q.Claim(ctx, tasks)
		if err == nil || try >= 5 || errs.KindOf(err) != errs.Store || ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration((try+1)*50) * time.Millisecond)
	}
	if err != nil {
		return err
	}
	claimed := len(c.Tasks())
	if j.tries == 0 {
		in.sum.add(&in.sum.seen, len(j.items)-claimed)
	}
	j.c = c
	if claimed == 0 {
		c.Rollback()
		j.c = nil
		in.prog.advance(len(j.items), j.size)
	}
	return nil
}

// analyse parses and analyses the claimed tasks of a batch (a worker).
func (in *ingester) analyse(ctx context.Context, j *ingestJob) error {
	for _, t := range j.c.Tasks() {
		it := j.tasks[t]
		d, err := ingest.Parse(it)
		if err == nil {
			err = in.reg.Run(ctx, d)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			in.sum.fail(it.Name(), err)
			if ferr := j.c.Fail(ctx, t, err.Error()); ferr != nil {
				return ferr
			}
			continue
		}
		if err := j.c.Put(ctx, t, d, nil); err != nil {
			return err
		}
	}
	return nil
}

// commit stores an analysed batch (the store goroutine).
func (in *ingester) commit(ctx context.Context, j *ingestJob) error {
	res, err := j.c.Commit(ctx)
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
	in.prog.advance(len(j.items), j.size)
	return nil
}
