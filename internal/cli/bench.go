package cli

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

func init() { extra = append(extra, benchCmd) }

func benchCmd(env *Env) *cobra.Command {
	var workers, limit int
	c := &cobra.Command{
		Use:   "bench [flags] FILE.jsonl[.gz]...",
		Short: "measure the whole pipeline's throughput and memory over a corpus",
		Long: `bench runs the full pipeline over JSON Lines corpora (as ../shared/bench/news ships them)
and prints documents/s, MB/s of text overall and per core (text bytes over CPU seconds),
peak resident memory, and the time spent in each stage. Output is discarded.`,
		Example: "  sitrep bench ../shared/bench/news/reuters21578.jsonl.gz",
		Args:    argsRange(1, -1),
		RunE: func(c *cobra.Command, args []string) error {
			return runBench(env, args, workers, limit)
		},
	}
	c.Flags().IntVar(&workers, "workers", runtime.NumCPU(), "documents analysed in parallel")
	c.Flags().IntVar(&limit, "limit", 0, "stop after this many documents (0 = all)")
	return c
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

func runBench(env *Env, files []string, workers, limit int) error {
	reg, err := pipeline.Default()
	if err != nil {
		return err
	}
	stages := reg.Stages()
	nanos := make([][]int64, workers)
	var docs, bytes, failed atomic.Int64
	jobs := make(chan ingest.Line, workers*4)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		nanos[w] = make([]int64, len(stages))
		wg.Add(1)
		go func(acc []int64) {
			defer wg.Done()
			for l := range jobs {
				d, err := ingest.ToDoc("bench", l)
				if err != nil {
					failed.Add(1)
					continue
				}
				_ = reg.RunTimed(env.Ctx, d, acc)
				docs.Add(1)
				bytes.Add(int64(len(d.Text)))
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
	fmt.Fprintf(out, "documents %d (failed %d), text %.2f MB, wall %.2fs, cpu %.2fs, workers %d\n", docs.Load(), failed.Load(), mb, wall, cpu, workers)
	fmt.Fprintf(out, "throughput %.1f docs/s, %.2f MB/s overall, %.2f MB/s per core, peak RSS %.0f MB\n",
		float64(docs.Load())/wall, mb/wall, mb/cpu, peakRSSMB())
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
