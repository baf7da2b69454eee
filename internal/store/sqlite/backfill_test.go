package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

// TestBackfillClaims makes a store look as one written before figures had
// claims (empty claim columns, the backfill pending), reopens it, and
// checks the claims were computed and the backfill is done.
func TestBackfillClaims(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"a1", "a2"} {
		if _, err := s.PutDoc(ctx, storetest.Fixture(id, "2024-03-05", string(rune('x'+i))), nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SQL().Exec(`UPDATE quantities SET claim_by = '', claim_how = '';
		INSERT INTO backfills (name) VALUES ('claims')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	figs, err := s.Figures(ctx, store.FigureFilter{})
	if err != nil || len(figs) != 2 {
		t.Fatalf("figures = %+v, %v", figs, err)
	}
	for _, f := range figs {
		if f.ClaimBy != "A spokesman" || f.ClaimHow != "quote" {
			t.Errorf("figure of %s claimed by %q (%s), want the spokesman's quote", f.DocID, f.ClaimBy, f.ClaimHow)
		}
	}
	var n int
	if err := s.SQL().QueryRow(`SELECT count(*) FROM backfills`).Scan(&n); err != nil || n != 0 {
		t.Errorf("pending backfills = %d, %v, want 0", n, err)
	}
}
