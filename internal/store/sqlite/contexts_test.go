package sqlite_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/sqldb"
	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

// TestContextUpgrade: a corpus stored before events had PLOVER contexts
// answers the context filter once reopened.
func TestContextUpgrade(t *testing.T) {
	column := slices.Index(sqlite.Migrations, sqldb.ContextSchema()) + 1
	days := slices.Index(sqlite.Migrations, sqldb.ContextDaySchema()) + 1
	if column == 0 || days == 0 {
		t.Fatal("the contexts migrations are not in sqlite.Migrations")
	}
	storetest.RunContextUpgrade(t, func(t *testing.T) (store.Store, func() store.Store) {
		path := filepath.Join(t.TempDir(), "old.db")
		reopen := func() store.Store {
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		return reopen(), reopen
	}, column, days)
}
