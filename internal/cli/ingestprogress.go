package cli

import (
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows ingest's advance: a bar (documents, MB/s, ETA by input
// bytes when the sources' size is known) when stderr is a terminal, a plain
// line every 10 seconds otherwise (logs, CI).
type progress struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	sum   *summary
	lines bool
	last  time.Time
	done  bool
	env   *Env
}

func newProgress(env *Env, mode string, total int64, sum *summary) *progress {
	p := &progress{sum: sum, env: env, last: time.Now()}
	if mode == "auto" {
		mode = "lines"
		if f, ok := env.Stderr.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				mode = "bar"
			}
		}
	}
	switch mode {
	case "bar":
		if total <= 0 {
			total = -1
		}
		p.bar = progressbar.NewOptions64(total, progressbar.OptionSetWriter(env.Stderr),
			progressbar.OptionShowBytes(true), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionSetPredictTime(true),
			progressbar.OptionFullWidth(), progressbar.OptionClearOnFinish())
	case "lines":
		p.lines = true
	}
	return p
}

// advance records n more records of size input bytes.
func (p *progress) advance(n, size int) {
	p.sum.mu.Lock()
	p.sum.records += int64(n)
	p.sum.bytes += int64(size)
	recs, bytes, start := p.sum.records, p.sum.bytes, p.sum.start
	p.sum.mu.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return
	}
	el := time.Since(start).Seconds()
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("ingest: %d docs, %.0f docs/s", recs, float64(recs)/el))
		p.bar.Add(size)
		return
	}
	if p.lines && time.Since(p.last) >= 10*time.Second {
		p.last = time.Now()
		fmt.Fprintf(p.env.Stderr, "ingest: %d records, %.1f MB, %.1f docs/s, %.2f MB/s\n",
			recs, float64(bytes)/1e6, float64(recs)/el, float64(bytes)/el/1e6)
	}
}

func (p *progress) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.done && p.bar != nil {
		p.bar.Finish()
	}
	p.done = true
}
