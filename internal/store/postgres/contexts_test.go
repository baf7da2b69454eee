package postgres_test

import (
	"context"
	"slices"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
	"sitrep/internal/store/sqldb"
	"sitrep/internal/store/storetest"
)

// TestContextUpgrade: a corpus stored before events had PLOVER contexts
// answers the context filter once reopened.
func TestContextUpgrade(t *testing.T) {
	column := slices.Index(postgres.Migrations, sqldb.ContextSchema()) + 1
	days := slices.Index(postgres.Migrations, sqldb.ContextDaySchema()) + 1
	if column == 0 || days == 0 {
		t.Fatal("the contexts migrations are not in postgres.Migrations")
	}
	storetest.RunContextUpgrade(t, func(t *testing.T) (store.Store, func() store.Store) {
		dsn := fresh(t)
		reopen := func() store.Store {
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		return reopen(), reopen
	}, column, days)
}
