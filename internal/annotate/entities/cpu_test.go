package entities

import (
	"syscall"
	"testing"
)

// cpuSeconds is the process's user+system CPU time. The machine is shared,
// so the benchmark reports throughput per CPU second ("cpu-MB/s") besides
// the wall-clock MB/s, which other people's jobs make noisy.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// reportCPU runs body b.N times and reports cpu-MB/s for size bytes per
// iteration. Run with -cpu 1 so that the figure is per core.
func reportCPU(b *testing.B, size int, body func()) {
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
