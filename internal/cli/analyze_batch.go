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

// docBatch is how many records a worker annotates together, stage by
// stage (annotate.Registry.RunBatch): the models' tables stay in cache
// across the batch, about a fifth faster than one document at a time,
// for a few MB more memory per worker (on Reuters, 128 was as fast as or
// faster than 64, 256 and 1024, with 6 MB more peak memory than 64). A
// batch also ends once its records reach batchBytes, so that long
// documents (up to ingest.MaxBytes each) do not pile up in memory.
const (
	docBatch   = 128
	batchBytes = 1 << 20
)

// lineBatch is a run of consecutive records; seq numbers the batch.
type lineBatch struct {
	seq   int
	lines []ingest.Line
}

// batchResult holds one output line (or error) per record of a batch.
type batchResult struct {
	seq  int
	outs [][]byte
	errs []error
}

// analyzeJSONLBatched streams records through workers in batches and
// writes one line per record in input order. At most `window` batches are
// in flight, so memory stays flat however long the stream is.
func analyzeJSONLBatched(env *Env, reg *annotate.Registry, name string, in io.Reader, meta ingest.Meta, workers, size int, out io.Writer) error {
	workers, size = max(workers, 1), max(size, 1)
	window := workers * 2
	jobs := make(chan lineBatch, window)
	results := make(chan batchResult, window)
	slots := make(chan struct{}, window)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				results <- analyzeBatch(env, reg, name, b, meta)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		seq := 0
		var cur []ingest.Line
		bytes := 0
		send := func() {
			if len(cur) == 0 {
				return
			}
			slots <- struct{}{}
			jobs <- lineBatch{seq: seq, lines: cur}
			seq++
			cur, bytes = nil, 0
		}
		err := ingest.Lines(in, ingest.MaxBytes, func(l ingest.Line) error {
			cur, bytes = append(cur, l), bytes+len(l.Data)
			if len(cur) == size || bytes >= batchBytes {
				send()
			}
			return env.Ctx.Err()
		})
		send()
		close(jobs)
		wg.Wait()
		close(results)
		readErr <- err
	}()
	pending := map[int]batchResult{}
	next, records, failed := 0, 0, 0
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
			for i, o := range p.outs {
				records++
				if p.errs[i] != nil {
					failed++
					fmt.Fprintf(env.Stderr, "sitrep: %v (skipped)\n", p.errs[i])
					continue
				}
				if werr == nil {
					_, werr = out.Write(o)
				}
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
		fmt.Fprintf(env.Stderr, "sitrep: %d of %d records skipped\n", failed, records)
	}
	return nil
}

// analyzeBatch annotates the records of b together and encodes each.
func analyzeBatch(env *Env, reg *annotate.Registry, name string, b lineBatch, meta ingest.Meta) batchResult {
	r := batchResult{seq: b.seq, outs: make([][]byte, len(b.lines)), errs: make([]error, len(b.lines))}
	docs := make([]*doc.Doc, len(b.lines))
	var good []*doc.Doc
	for i, l := range b.lines {
		d, err := ingest.ToDoc(name, l)
		if err != nil {
			r.errs[i] = err
			continue
		}
		if d.Meta.Published == "" {
			d.Meta.Published = meta.Published
		}
		if d.Meta.Outlet == "" {
			d.Meta.Outlet = meta.Outlet
		}
		docs[i] = d
		good = append(good, d)
	}
	if err := reg.RunBatch(env.Ctx, good); err != nil {
		for i := range r.errs {
			if r.errs[i] == nil {
				r.errs[i] = err
			}
		}
		return r
	}
	for i, d := range docs {
		if d == nil {
			continue
		}
		var buf bytes.Buffer
		if err := doc.Encode(&buf, d); err != nil {
			r.errs[i] = err
			continue
		}
		r.outs[i] = buf.Bytes()
	}
	return r
}
