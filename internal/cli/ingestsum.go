package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"sitrep/internal/errs"
)

// summary counts what ingest did; it is shared by the workers.
type summary struct {
	mu                   sync.Mutex
	ingested, dups, seen int
	fails                map[string]int // reason kind -> count
	examples             []string       // the first failures, with their place
	badSources           []string
	start                time.Time
	records, bytes       int64
}

func newSummary() *summary { return &summary{fails: map[string]int{}, start: time.Now()} }

func (s *summary) add(n *int, k int) { s.mu.Lock(); *n += k; s.mu.Unlock() }

func (s *summary) stored() int { s.mu.Lock(); defer s.mu.Unlock(); return s.ingested + s.dups }

func (s *summary) failed() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.badSources)
	for _, k := range s.fails {
		n += k
	}
	return n
}

var kindNames = map[errs.Kind]string{errs.Invalid: "invalid input", errs.TooLarge: "too large",
	errs.NotExist: "not found", errs.IO: "read error", errs.Usage: "unsupported input"}

func (s *summary) fail(name string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := kindNames[errs.KindOf(err)]
	if k == "" {
		k = "other"
	}
	s.fails[k]++
	if len(s.examples) < 10 {
		s.examples = append(s.examples, err.Error())
	}
}

func (s *summary) badSource(name string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.badSources = append(s.badSources, err.Error())
}

// print writes the end-of-run summary.
func (s *summary) print(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	el := time.Since(s.start).Seconds()
	fmt.Fprintf(w, "ingest: %d ingested, %d skipped as duplicate, %d already done, %d failed, %d bad sources (%.1f s, %.1f docs/s, %.2f MB/s)\n",
		s.ingested, s.dups, s.seen, sumMap(s.fails), len(s.badSources), el, float64(s.records)/el, float64(s.bytes)/el/1e6)
	kinds := make([]string, 0, len(s.fails))
	for k := range s.fails {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "  failed, %s: %d\n", k, s.fails[k])
	}
	for _, e := range s.examples {
		fmt.Fprintf(w, "  %s\n", e)
	}
	for _, b := range s.badSources {
		fmt.Fprintf(w, "  bad source: %s\n", b)
	}
}

func sumMap(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// sourceBytes is the total size of the named files and directories, for
// the progress bar's ETA (0 when unknown, e.g. stdin).
func sourceBytes(sources []string) int64 {
	var n int64
	for _, src := range sources {
		matches, _ := filepath.Glob(src)
		if len(matches) == 0 {
			matches = []string{src}
		}
		for _, m := range matches {
			filepath.Walk(m, func(_ string, fi os.FileInfo, err error) error {
				if err == nil && fi.Mode().IsRegular() && filepath.Ext(fi.Name()) == ".gz" {
					n = -1 << 40 // compressed: input bytes unknown, no ETA
				}
				if err == nil && fi.Mode().IsRegular() {
					n += fi.Size()
				}
				return nil
			})
		}
	}
	return n
}

func sleepCtx(ctx context.Context, sec int) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Duration(sec) * time.Second):
		return nil
	}
}
