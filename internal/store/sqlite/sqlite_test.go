package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

func open(t *testing.T) store.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "re.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutDoc(ctx, storetest.Fixture("a1", "2024-03-05", ""), nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	v, _ := s.SchemaVersion(ctx)
	if v != len(sqlite.Migrations) {
		t.Errorf("schema version %d, want %d", v, len(sqlite.Migrations))
	}
	if st, _ := s.Stats(ctx); st.Documents != 1 {
		t.Errorf("documents after reopen = %d", st.Documents)
	}
}
