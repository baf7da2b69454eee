package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/internal/store"
)

// Sentences written for these tests; documents are random mixes of them,
// numbered so that every text is distinct.
var crashSentences = []string{
	"The defence ministry of Ruritania said its troops had withdrawn from two villages near the river.",
	"Freedonia's foreign minister met the Ruritanian ambassador in the capital on Tuesday to discuss the ceasefire.",
	"Aid workers reported that 3,400 people had fled the shelling and were sheltering in schools.",
	"\"We will not accept any deal that leaves our citizens without protection,\" the president told parliament.",
	"Police arrested twelve protesters outside the electoral commission after clashes late on Sunday.",
	"The United Nations envoy urged both sides to respect the truce and to open a humanitarian corridor.",
	"Rebel commanders accused the army of shelling a market, an allegation the government denied.",
	"Negotiators agreed to exchange prisoners and to meet again next month in a neutral city.",
}

// genCorpus writes files JSON Lines files of n records each (every tenth
// record repeats an earlier text under another id) and a folder of plain
// texts; it returns the number of records and of distinct texts.
func genCorpus(t *testing.T, dir string, files, n int) (records, distinct int) {
	rng := rand.New(rand.NewSource(1))
	texts := map[string]bool{}
	var prev string
	for f := 0; f < files; f++ {
		var b strings.Builder
		for i := 0; i < n; i++ {
			var tb strings.Builder
			fmt.Fprintf(&tb, "Bulletin %d-%d. ", f, i)
			for k := 0; k < 12; k++ {
				tb.WriteString(crashSentences[rng.Intn(len(crashSentences))])
				tb.WriteByte(' ')
			}
			text := tb.String()
			if i%10 == 9 {
				text = prev
			}
			prev = text
			texts[text] = true
			rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("r%d-%d", f, i), "text": text,
				"published": fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), "source": "Test Wire"})
			b.Write(rec)
			b.WriteByte('\n')
			records++
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part%d.jsonl", f)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sub := filepath.Join(dir, "texts")
	os.MkdirAll(sub, 0o755)
	for i := 0; i < 20; i++ {
		text := fmt.Sprintf("Dispatch %d. %s %s", i, crashSentences[i%8], crashSentences[(i+3)%8])
		os.WriteFile(filepath.Join(sub, fmt.Sprintf("d%02d.txt", i)), []byte(text), 0o644)
		texts[text] = true
		records++
	}
	return records, len(texts)
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// sitrepBinary builds the command once per test run.
func sitrepBinary(t *testing.T) string {
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sitrep-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "sitrep")
		out, err := exec.Command("go", "build", "-o", binPath, "sitrep/cmd/sitrep").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// crashAndResume kills `sitrep ingest` with SIGKILL at random moments,
// then lets it finish, and checks every text is stored exactly once.
func crashAndResume(t *testing.T, dsn string) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a generated corpus several times")
	}
	bin := sitrepBinary(t)
	dir := t.TempDir()
	records, distinct := genCorpus(t, dir, 2, 400)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	killed := 0
	for i := 0; i < 4; i++ {
		cmd := exec.Command(bin, "ingest", "--db", dsn, "--batch", "16", dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(time.Duration(300+rng.Intn(1200)) * time.Millisecond):
			cmd.Process.Kill() // SIGKILL
			<-done
			killed++
		case <-done:
		}
	}
	out, err := exec.Command(bin, "ingest", "--db", dsn, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("final ingest: %v\n%s", err, out)
	}
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed %d times; %d records, %d distinct texts; stats %+v; last run: %s", killed, records, distinct, s, out)
	if s.Documents != distinct || s.Inputs != records || s.InputsFail != 0 {
		t.Errorf("after crashes: %d documents (want %d), %d inputs done (want %d), %d failed",
			s.Documents, distinct, s.Inputs, records, s.InputsFail)
	}
	out, _ = exec.Command(bin, "ingest", "--db", dsn, dir).CombinedOutput()
	if !strings.Contains(string(out), "0 ingested, 0 skipped as duplicate, "+fmt.Sprint(records)+" already done") {
		t.Errorf("a second run did work again: %s", out)
	}
}

func TestIngestCrashSQLite(t *testing.T) {
	crashAndResume(t, filepath.Join(t.TempDir(), "crash.db"))
}

func TestIngestCrashPostgres(t *testing.T) { crashAndResume(t, pgSchema(t)) }

// TestIngestTwoWorkersPostgres runs two ingest processes at once on one
// corpus and compares their joint result with a single process's.
func TestIngestTwoWorkersPostgres(t *testing.T) {
	one, two := pgSchema(t), pgSchema(t)
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := sitrepBinary(t)
	dir := t.TempDir()
	genCorpus(t, dir, 2, 400)
	if out, err := exec.Command(bin, "ingest", "--db", one, dir).CombinedOutput(); err != nil {
		t.Fatalf("single ingest: %v\n%s", err, out)
	}
	var wg sync.WaitGroup
	outs := make([]string, 2)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			out, err := exec.Command(bin, "ingest", "--workers", "1", "--db", two, dir).CombinedOutput()
			if err != nil {
				t.Errorf("worker %d: %v\n%s", w, err, out)
			}
			outs[w] = string(out)
		}(w)
	}
	wg.Wait()
	stats := func(dsn string) store.Stats {
		st, err := store.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		s, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		s.Clusters, s.Clustered = 0, 0 // near-duplicate races between processes may split a cluster
		return s
	}
	a, b := stats(one), stats(two)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("two workers differ from one:\n one %+v\n two %+v", a, b)
	}
	t.Logf("worker outputs:\n%s%s", outs[0], outs[1])
	for _, o := range outs {
		if strings.HasPrefix(o, "ingest: 0 ingested") {
			t.Errorf("a worker did no work (queue not shared?): %s", o)
		}
	}
}

// pgSchema returns a DSN for a fresh schema of SITREP_TEST_PG.
func pgSchema(t *testing.T) string {
	base := os.Getenv("SITREP_TEST_PG")
	if base == "" {
		t.Skip("SITREP_TEST_PG is not set: skipping the PostgreSQL test (. .ci/postgres.sh starts a server and sets it)")
	}
	name := fmt.Sprintf("ingest_%d", time.Now().UnixNano())
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.Exec(`DROP SCHEMA ` + name + ` CASCADE`)
			db.Close()
		}
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + name
}
