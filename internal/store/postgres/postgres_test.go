package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
	"sitrep/internal/store/storetest"
)

var seq atomic.Int64

// Fresh returns the DSN of a new, empty schema in the test database named
// by SITREP_TEST_PG, skipping the test when it is unset.
func fresh(t *testing.T) string {
	base := os.Getenv("SITREP_TEST_PG")
	if base == "" {
		t.Skip("SITREP_TEST_PG is not set: skipping the PostgreSQL tests (. .ci/postgres.sh starts a server and sets it)")
	}
	name := fmt.Sprintf("t_%d_%d", time.Now().UnixNano(), seq.Add(1))
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`CREATE SCHEMA ` + name); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err == nil {
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

func open(t *testing.T) store.Store {
	s, err := postgres.Open(context.Background(), fresh(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestShared(t *testing.T) { storetest.RunShared(t, open) }
