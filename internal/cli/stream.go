package cli

import (
	"bytes"
	"fmt"
	"io"
	"sync"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
)

type job struct {
	seq  int
	line ingest.Line
}

type result struct {
	seq int
	out []byte
	err error
}

// analyzeJSONL streams records through workers and writes results in
// input order. At most `window` records are in flight, so memory stays flat
// however long the stream is.
func analyzeJSONL(env *Env, reg *annotate.Registry, name string, in io.Reader, meta ingest.Meta, workers int, out io.Writer) error {
	if workers < 1 {
		workers = 1
	}
	window := workers * 8
	jobs := make(chan job, window)
	results := make(chan result, window)
	slots := make(chan struct{}, window)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- analyzeLine(env, reg, name, j, meta)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		seq := 0
		err := ingest.Lines(in, ingest.MaxBytes, func(l ingest.Line) error {
			slots <- struct{}{}
			jobs <- job{seq: seq, line: l}
			seq++
			return env.Ctx.Err()
		})
		close(jobs)
		wg.Wait()
		close(results)
		readErr <- err
	}()
	pending := map[int]result{}
	next, failed := 0, 0
	var werr error
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if p.err != nil {
				failed++
				fmt.Fprintf(env.Stderr, "sitrep: %v (skipped)\n", p.err)
				continue
			}
			if werr == nil {
				_, werr = out.Write(p.out)
			}
		}
	}
	if err := <-readErr; err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if werr != nil {
		return werr
	}
	if failed > 0 {
		fmt.Fprintf(env.Stderr, "sitrep: %d of %d records skipped\n", failed, next)
	}
	return nil
}

func analyzeLine(env *Env, reg *annotate.Registry, name string, j job, meta ingest.Meta) result {
	d, err := ingest.ToDoc(name, j.line)
	if err != nil {
		return result{seq: j.seq, err: err}
	}
	if err := analyzeOne(env, reg, d, meta); err != nil {
		return result{seq: j.seq, err: err}
	}
	var buf bytes.Buffer
	if err := doc.Encode(&buf, d); err != nil {
		return result{seq: j.seq, err: err}
	}
	return result{seq: j.seq, out: buf.Bytes()}
}
