package cli

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func init() { extra = append(extra, benchCmd) }

func benchCmd(env *Env) *cobra.Command {
	var workers, limit, batch int
	var cpuprofile, memprofile string
	c := &cobra.Command{
		Use:   "bench [flags] FILE.jsonl[.gz]...",
		Short: "measure the whole pipeline's throughput and memory over a corpus",
		Long: `bench runs the full pipeline over JSON Lines corpora (as ../shared/bench/news ships them)
and prints documents/s, MB/s of text overall and per core (text bytes over CPU seconds),
peak resident memory, and the time spent in each stage. Output is discarded. Each worker
annotates its documents in batches, stage by stage, as analyze --jsonl does (--batch).`,
		Example: "  sitrep bench ../shared/bench/news/reuters21578.jsonl.gz",
		Args:    argsRange(1, -1),
		RunE: func(c *cobra.Command, args []string) error {
			if cpuprofile != "" {
				f, err := os.Create(cpuprofile)
				if err != nil {
					return fmt.Errorf("bench: cpu profile: %w", err)
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("bench: cpu profile %s: %w", cpuprofile, err)
				}
				defer pprof.StopCPUProfile()
			}
			if memprofile != "" {
				runtime.MemProfileRate = 64 << 10
				defer writeHeapProfile(memprofile)
			}
			return runBench(env, args, workers, limit, batch)
		},
	}
	c.Flags().IntVar(&workers, "workers", runtime.NumCPU(), "documents analysed in parallel")
	c.Flags().IntVar(&batch, "batch", docBatch, "documents each worker annotates together, stage by stage (1 = one at a time)")
	c.Flags().IntVar(&limit, "limit", 0, "stop after this many documents (0 = all)")
	c.Flags().StringVar(&cpuprofile, "cpuprofile", "", "write a pprof CPU profile of the run to this file")
	c.Flags().StringVar(&memprofile, "memprofile", "", "write a pprof allocation profile of the run to this file")
	return c
}

// writeHeapProfile writes the allocation profile (go tool pprof
// -sample_index=alloc_space shows where the run allocates).
func writeHeapProfile(name string) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	defer f.Close()
	_ = pprof.Lookup("allocs").WriteTo(f, 0)
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func peakRSSMB() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // Linux reports KiB
}

func runBench(env *Env, files []string, workers, limit, batchSize int) error {
	batchSize = max(batchSize, 1)
	reg, err := pipeline.Default()
	if err != nil {
		return err
	}
	stages := reg.Stages()
	warm := cpuSeconds()
	if err := warmUp(env, reg); err != nil {
		return err
	}
	warm = cpuSeconds() - warm
	nanos := make([][]int64, workers)
	var docs, bytes, failed, sents, parsed atomic.Int64
	jobs := make(chan ingest.Line, workers*4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		nanos[w] = make([]int64, len(stages))
		wg.Add(1)
		go func(acc []int64) {
			defer wg.Done()
			var batch []*doc.Doc
			text := 0
			flush := func() {
				_ = reg.RunBatchTimed(env.Ctx, batch, acc)
				for _, d := range batch {
					docs.Add(1)
					bytes.Add(int64(len(d.Text)))
					n, p := parsedSentences(d)
					sents.Add(int64(n))
					parsed.Add(int64(p))
				}
				clear(batch) // let the annotated documents go
				batch, text = batch[:0], 0
			}
			for l := range jobs {
				d, err := ingest.ToDoc("bench", l)
				if err != nil {
					failed.Add(1)
					continue
				}
				batch, text = append(batch, d), text+len(d.Text)
				if len(batch) == batchSize || text >= batchBytes { // as analyze batches
					flush()
				}
			}
			if len(batch) > 0 {
				flush()
			}
		}(nanos[w])
	}
	cpu0, t0 := cpuSeconds(), time.Now()
	n := 0
	var readErr error
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			readErr = err
			break
		}
		err = ingest.Lines(f, ingest.MaxBytes, func(l ingest.Line) error {
			if limit > 0 && n >= limit {
				return errStop
			}
			n++
			jobs <- l
			return env.Ctx.Err()
		})
		f.Close()
		if err != nil && err != errStop {
			readErr = fmt.Errorf("%s: %w", name, err)
			break
		}
	}
	close(jobs)
	wg.Wait()
	if readErr != nil {
		return readErr
	}
	wall, cpu := time.Since(t0).Seconds(), cpuSeconds()-cpu0
	mb := float64(bytes.Load()) / 1e6
	out := env.Stdout
	fmt.Fprintf(out, "pipeline %s\n", pipeline.Version())
	fmt.Fprintf(out, "documents %d (failed %d), text %.2f MB, wall %.2fs, cpu %.2fs, workers %d, batch %d\n", docs.Load(), failed.Load(), mb, wall, cpu, workers, batchSize)
	fmt.Fprintf(out, "throughput %.1f docs/s, %.2f MB/s overall, %.2f MB/s per core, peak RSS %.0f MB\n",
		float64(docs.Load())/wall, mb/wall, mb/cpu, peakRSSMB())
	fmt.Fprintf(out, "model loading (before the clock) cpu %.2fs: %.2f MB/s per core with it\n", warm, mb/(cpu+warm))
	fmt.Fprintf(out, "sentences %d, parsed %d (%.1f%%)\n", sents.Load(), parsed.Load(),
		100*float64(parsed.Load())/float64(max(sents.Load(), 1)))
	total := make([]int64, len(stages))
	var sum int64
	for _, acc := range nanos {
		for i, v := range acc {
			total[i] += v
			sum += v
		}
	}
	for i, a := range stages {
		s := float64(total[i]) / 1e9
		rate := 0.0
		if s > 0 {
			rate = mb / s
		}
		fmt.Fprintf(out, "  %-16s %8.2fs %5.1f%% %10.2f MB/s\n", a.Spec().Name, s, 100*float64(total[i])/float64(max(sum, 1)), rate)
	}
	return nil
}

var errStop = fmt.Errorf("stop")

// warmUp runs the pipeline once on a short text so that the models load
// (once per process) before the clock starts: throughput is what a long
// run sustains, and the load is reported apart.
func warmUp(env *Env, reg *annotate.Registry) error {
	d, err := ingest.FromBytes("warm-up", []byte("Chad accused Sudan of shelling the border town."), ingest.Text, ingest.Meta{Published: "2024-01-10"})
	if err != nil {
		return fmt.Errorf("bench: warm-up: %w", err)
	}
	return reg.RunTimed(env.Ctx, d, nil)
}

// parsedSentences counts d's non-empty sentences and those the syntax
// stage parsed (the gate leaves the others' heads at -1): the share
// parsed drives the pipeline's cost.
func parsedSentences(d *doc.Doc) (n, parsed int) {
	for _, s := range d.Sentences {
		if s.TokEnd <= s.TokStart {
			continue
		}
		n++
		if d.Tokens[s.TokStart].Head >= 0 {
			parsed++
		}
	}
	return n, parsed
}
