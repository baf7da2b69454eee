// Package sqldb implements store.Store over database/sql for both backends.
// The SQL is written once, with "?" placeholders, in a dialect both SQLite
// and PostgreSQL accept; a Dialect supplies what differs (placeholders,
// schema types, full-text search, whether claims hold row locks).
package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"sitrep/internal/errs"
	"sitrep/internal/store"
)

// Dialect is what differs between backends.
type Dialect struct {
	Name string
	// Dollar turns "?" placeholders into $1, $2... (PostgreSQL).
	Dollar bool
	// Migrations is the append-only schema history; Migrations[i] brings
	// the schema to version i+1.
	Migrations []string
	// IndexText adds a document's text to the full-text index.
	IndexText func(ctx context.Context, tx *sql.Tx, seq int64, text string) error
	// SearchSQL returns a query selecting (id, title, published, snippet,
	// rank) for a full-text query, with its arguments.
	SearchSQL func(query string, limit int) (string, []any)
	// LockClaims makes Claim hold the claimed rows in a transaction with
	// FOR UPDATE SKIP LOCKED until Commit, so several processes can share
	// one queue; without it writes are serialised in-process.
	LockClaims bool
	// ByteLen is the SQL expression for the length of documents.text in
	// bytes (the text_bytes tally).
	ByteLen string
}

// DB is a Store over one database/sql handle.
type DB struct {
	db *sql.DB
	d  Dialect
	// wmu serialises write transactions of this process on SQLite, which
	// allows one writer at a time: waiting here is cheaper than
	// busy-looping inside the driver.
	wmu sync.Mutex
}

// New wraps an open database and migrates its schema.
func New(ctx context.Context, db *sql.DB, d Dialect) (*DB, error) {
	s := &DB{db: db, d: d}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.backfill(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// SQL returns the underlying handle, for tests and benchmarks.
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Queue implements store.Store.
func (s *DB) Queue() store.Queue { return s }

// q rewrites placeholders for the dialect.
func (s *DB) q(query string) string {
	if !s.d.Dollar {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func fail(op string, err error) error {
	if err == nil {
		return nil
	}
	if errs.KindOf(err) != errs.Other {
		return err
	}
	return errs.E(op, errs.Store, err)
}

// migrate applies the migrations not yet applied, each in its own
// transaction with its version row, so a crash leaves a consistent schema.
func (s *DB) migrate(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fail("migrate", err)
	}
	defer conn.Close()
	if s.d.LockClaims {
		// Several processes may start at once: one migrates while the
		// others wait on this lock (even CREATE TABLE IF NOT EXISTS races
		// on PostgreSQL).
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(7273101)`); err != nil {
			return fail("migrate", err)
		}
		defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(7273101)`)
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)`); err != nil {
		return fail("migrate", err)
	}
	for i, m := range s.d.Migrations {
		v := i + 1
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return fail("migrate", err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM schema_version WHERE version = ?`), v).Scan(&n); err != nil {
			tx.Rollback()
			return fail("migrate", err)
		}
		if n > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, m); err != nil {
			tx.Rollback()
			return fail(fmt.Sprintf("migrate to schema %d", v), err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_version (version) VALUES (?)`), v); err != nil {
			tx.Rollback()
			return fail("migrate", err)
		}
		if err := tx.Commit(); err != nil {
			return fail("migrate", err)
		}
	}
	return nil
}

// SchemaVersion returns the applied schema version.
func (s *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v)
	return int(v.Int64), fail("schema version", err)
}
