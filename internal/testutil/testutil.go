// Package testutil holds what many packages' tests share: finding the
// third-party data in ../shared (and skipping clearly when it is absent)
// and scoring one layer of the founding example against its gold.
package testutil

import (
	"bufio"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"sitrep/internal/annotate"
	"sitrep/internal/eval"
)

// Shared returns ../shared (the folder beside the repository) joined with
// elem, or skips the test with a message naming the path.
func Shared(t testing.TB, elem ...string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	p := filepath.Join(append([]string{root}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("third-party data not found at %s (../shared is absent): skipping", p)
	}
	return p
}

// GoldLayer runs reg over the founding example's gold and returns the
// scores of one layer, logging the layer's misses (named by missWord, e.g.
// "time missed").
func GoldLayer(t testing.TB, reg *annotate.Registry, layer, missWord string) *eval.PRF {
	t.Helper()
	r := RunGold(t, reg, Shared(t, "seeds", "gold"))
	p := r.Layers[layer]
	t.Logf("%s on %d gold documents: P=%.3f R=%.3f F1=%.3f", layer, r.Documents, p.Precision, p.Recall, p.F1)
	for _, m := range r.Misses {
		if strings.Contains(m, missWord) {
			t.Log(m)
		}
	}
	return p
}

// RunGold runs reg over the gold documents in dir and scores them,
// failing the test on any error.
func RunGold(t testing.TB, reg *annotate.Registry, dir string) *eval.Report {
	t.Helper()
	golds, err := eval.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Run(context.Background(), reg, golds)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// EachJSONLine calls fn with every line of a JSON Lines file under
// ../shared (gzip-compressed or not), skipping the test when the file is
// absent and failing it on a read error.
func EachJSONLine(t testing.TB, fn func(line int, data []byte), elem ...string) {
	t.Helper()
	path := Shared(t, elem...)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s not available: %v", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 32<<20)
	for line := 1; sc.Scan(); line++ {
		fn(line, sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// cpuSeconds is the process's user+system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// ReportCPU runs body b.N times and reports "cpu-MB/s" for size bytes per
// iteration besides the wall-clock MB/s: the machine is shared, and other
// jobs make wall-clock figures noisy. Run with -cpu 1 for a per-core figure.
func ReportCPU(b *testing.B, size int, body func()) {
	b.SetBytes(int64(size))
	b.ResetTimer()
	c0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		body()
	}
	if s := cpuSeconds() - c0; s > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/s, "cpu-MB/s")
	}
}

// SeedFile is the founding example's file name under ../shared/seeds.
const SeedFile = "000_62c6e2fd3fdcd93e.txt"

// Seed returns the founding example's text, or skips the test.
func Seed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(Shared(t, "seeds", SeedFile))
	if err != nil {
		t.Skipf("founding example not readable: %v", err)
	}
	return string(b)
}
