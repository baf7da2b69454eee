package syntax

import (
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

func threadCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(1, &ru) // RUSAGE_THREAD
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestSpeedTmp(t *testing.T) {
	path := os.Getenv("SYNTAX_MODEL")
	if path == "" {
		t.Skip("no SYNTAX_MODEL")
	}
	f, _ := os.ReadFile(path)
	t0 := time.Now()
	c0 := threadCPU()
	runtime.LockOSThread()
	m, err := ReadModel(strings.NewReader(string(f)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load wall %s cpu %s", time.Since(t0), threadCPU()-c0)
	sents, _ := ReadCoNLLUFile(sharedUD(t, "en_ewt-ud-dev.conllu.gz"))
	var words [][]string
	var size, nw int
	for _, s := range sents {
		words = append(words, s.Words)
		size += len(strings.Join(s.Words, " ")) + 1
		nw += len(s.Words)
	}
	tags := make([][]string, len(words))
	for i, w := range words {
		tags[i] = m.Tag(w)
	}
	run := func(name string, fn func()) {
		fn()
		c := threadCPU()
		reps := 3
		for r := 0; r < reps; r++ {
			fn()
		}
		d := (threadCPU() - c).Seconds() / float64(reps)
		t.Logf("%-8s %8.0f words/s %5.2f MB/s (cpu)", name, float64(nw)/d, float64(size)/d/1e6)
	}
	run("Tag", func() {
		for _, w := range words {
			m.Tag(w)
		}
	})
	run("TagPTB", func() {
		for _, w := range words {
			m.TagPTB(w)
		}
	})
	run("Parse", func() {
		for i, w := range words {
			m.Parse(w, tags[i])
		}
	})
	run("Analyze", func() {
		for _, w := range words {
			m.Analyze(w)
		}
	})
	if os.Getenv("SYNTAX_EVAL") != "" {
		s := Evaluate(m, sents)
		t.Logf("dev: UPOS=%.2f XPOS=%.2f UAS=%.2f LAS=%.2f", 100*s.UPOS, 100*s.XPOS, 100*s.UAS, 100*s.LAS)
		ts, _ := ReadCoNLLUFile(sharedUD(t, "en_ewt-ud-test.conllu.gz"))
		s = Evaluate(m, ts)
		t.Logf("test: UPOS=%.2f XPOS=%.2f UAS=%.2f LAS=%.2f", 100*s.UPOS, 100*s.XPOS, 100*s.UAS, 100*s.LAS)
	}
}
