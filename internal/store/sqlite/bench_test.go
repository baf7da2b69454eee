package sqlite_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"sitrep/internal/store"
	"sitrep/internal/store/sqldb"
	"sitrep/internal/store/sqlite"
)

// A generated corpus of 1,000,000 events over 100,000 documents and two
// years, with 60 actors whose frequencies follow a Zipf law, as news does.
const benchEvents = 1_000_000

var (
	bigOnce sync.Once
	bigDB   *sqldb.DB
	bigDir  string
	bigErr  error
)

var benchActors = func() []string {
	var a []string
	for _, c := range []string{"USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "TUR", "AZE", "ARM", "SYR", "IRQ",
		"SDN", "ETH", "YEM", "SAU", "IND", "PAK", "AFG", "FRA"} {
		a = append(a, c+"GOV", c+"MIL", c)
	}
	return a
}()

func bigCorpus(b *testing.B) *sqldb.DB {
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sitrep-bench")
		if err != nil {
			bigErr = err
			return
		}
		bigDir = dir
		start := time.Now()
		bigDB, bigErr = sqlite.Open(context.Background(), filepath.Join(dir, "big.db"))
		if bigErr != nil {
			return
		}
		bigErr = fill(bigDB)
		fmt.Fprintf(os.Stderr, "generated %d events in %v\n", benchEvents, time.Since(start).Round(time.Second))
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return bigDB
}

func fill(s *sqldb.DB) error {
	db := s.SQL()
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(7))
	zipf := rand.NewZipf(rng, 1.2, 1, uint64(len(benchActors)-1))
	day0 := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := benchEvents / 10
	dst, _ := tx.Prepare(`INSERT INTO documents (seq, id, hash, simhash, b0, b1, b2, b3, cluster, published, version, text, json)
		VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?, ?, 'bench', '', '{}')`)
	est, _ := tx.Prepare(`INSERT INTO events (doc, seq, day, source, target, code, root, quad, goldstein, plover,
		negated, hypothetical, hedged, dup, reported_by, location, date, sentence, start_, end_, evidence, contexts)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, 0, 0, 0, '', '', '', 0, 0, 0, '', ?)`)
	for d := 1; d <= docs; d++ {
		day := day0.AddDate(0, 0, rng.Intn(730)).Format("2006-01-02")
		id := fmt.Sprintf("d%06d", d)
		if _, err := dst.Exec(d, id, id, id, day); err != nil {
			return err
		}
		for e := 0; e < 10; e++ {
			src, tgt := benchActors[zipf.Uint64()], benchActors[zipf.Uint64()]
			root := 1 + rng.Intn(20)
			quad := map[bool]int{true: 1, false: 2}[root <= 5]
			switch {
			case root >= 14:
				quad = 4
			case root >= 9:
				quad = 3
			}
			code := fmt.Sprintf("%02d%d", root, rng.Intn(4))
			if _, err := est.Exec(d, e, day, src, tgt, code, code[:2], quad, float64(rng.Intn(20))-10, benchContexts(rng)); err != nil {
				return err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if err := s.RebuildRollups(context.Background()); err != nil {
		return err
	}
	_, err = db.Exec(`ANALYZE`)
	return err
}

// benchContexts draws an event's contexts column: about a third of events
// carry one or two common contexts, and 1 in 500 the rare "cyber".
func benchContexts(rng *rand.Rand) string {
	common := []string{"diplomatic", "humanitarian", "military", "territory"}
	switch r := rng.Intn(1000); {
	case r < 2:
		return ";cyber;"
	case r < 200:
		return ";" + common[r%4] + ";"
	case r < 330:
		return ";" + common[r%2] + ";" + common[2+r%2] + ";"
	}
	return ""
}

// latency runs q n times and reports p50 and p95 in milliseconds.
func latency(b *testing.B, q func() error) {
	var times []time.Duration
	for i := 0; i < b.N; i++ {
		t := time.Now()
		if err := q(); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t))
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

func BenchmarkQuery1M(b *testing.B) {
	s := bigCorpus(b)
	// The corpus takes 650 MB of /tmp: remove it when the benchmark ends.
	b.Cleanup(func() { s.Close(); os.RemoveAll(bigDir) })
	ctx := context.Background()
	cases := []struct {
		name string
		q    func(i int) error
	}{
		{"timeline-week-all", func(int) error { _, err := s.Timeline(ctx, store.EventFilter{}, "week"); return err }},
		{"timeline-day-actor", func(i int) error {
			_, err := s.Timeline(ctx, store.EventFilter{Actor: benchActors[i%20]}, "day")
			return err
		}},
		{"timeline-week-actor-year", func(i int) error {
			_, err := s.Timeline(ctx, store.EventFilter{Actor: benchActors[i%20], From: "2024-01-01", To: "2024-12-31"}, "week")
			return err
		}},
		{"dyad-events", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Source: benchActors[i%10], Target: benchActors[(i+1)%10], Limit: 100})
			return err
		}},
		{"dyad-timeline", func(i int) error {
			_, err := s.Timeline(ctx, store.EventFilter{Source: benchActors[i%10], Target: benchActors[(i+1)%10]}, "week")
			return err
		}},
		{"actor-events", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Actor: benchActors[i%20], Limit: 100})
			return err
		}},
		{"events-page-10", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Limit: 100, Offset: 1000})
			return err
		}},
		{"places-all", func(i int) error { _, err := s.Places(ctx, store.EventFilter{}); return err }},
		{"network-all", func(i int) error { _, err := s.Network(ctx, store.EventFilter{Limit: 100}); return err }},
		{"network-actor", func(i int) error {
			_, err := s.Network(ctx, store.EventFilter{Actor: benchActors[i%20], Limit: 100})
			return err
		}},
		{"stats", func(i int) error { _, err := s.Stats(ctx); return err }},
		{"network-month", func(i int) error {
			_, err := s.Network(ctx, store.EventFilter{From: "2024-03-01", To: "2024-03-31", Limit: 100})
			return err
		}},
		{"network-year", func(i int) error {
			_, err := s.Network(ctx, store.EventFilter{From: "2024-01-01", To: "2024-12-31", Limit: 100})
			return err
		}},
		{"network-ragged-range", func(i int) error {
			// Whole months in the middle, stray days at both ends.
			_, err := s.Network(ctx, store.EventFilter{From: "2023-02-15", To: "2024-11-20", Limit: 100})
			return err
		}},
		{"network-actor-year", func(i int) error {
			_, err := s.Network(ctx, store.EventFilter{Actor: benchActors[i%20], From: "2024-01-01", To: "2024-12-31", Limit: 100})
			return err
		}},
		{"network-quad", func(i int) error {
			_, err := s.Network(ctx, store.EventFilter{Quad: 1 + i%4, Limit: 100})
			return err
		}},
		{"actors", func(i int) error { _, err := s.Actors(ctx, store.ActorFilter{Limit: 100}); return err }},
		// PLOVER contexts (events.contexts, see sqldb/contexts.go).
		{"context-events", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Context: "humanitarian", Limit: 100})
			return err
		}},
		{"context-events-month", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Context: "humanitarian", From: "2024-03-01", To: "2024-03-31", Limit: 100})
			return err
		}},
		{"context-actor-month", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Context: "humanitarian", Actor: benchActors[i%20], From: "2024-03-01",
				To: "2024-03-31", Limit: 100})
			return err
		}},
		{"context-rare-events", func(i int) error {
			_, err := s.Events(ctx, store.EventFilter{Context: "cyber", Limit: 100})
			return err
		}},
		{"context-timeline-week", func(i int) error {
			_, err := s.Timeline(ctx, store.EventFilter{Context: "humanitarian"}, "week")
			return err
		}},
		{"context-timeline-actor", func(i int) error {
			_, err := s.Timeline(ctx, store.EventFilter{Context: "humanitarian", Actor: benchActors[i%20]}, "week")
			return err
		}},
		{"context-network-month", func(i int) error {
			_, err := s.Network(ctx, store.EventFilter{Context: "humanitarian", From: "2024-03-01", To: "2024-03-31", Limit: 100})
			return err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			i := 0
			latency(b, func() error { i++; return c.q(i) })
		})
	}
}
