// Package postgres is the scale-out store: the same schema and behaviour
// as the embedded store (one conformance suite), full-text search with a
// tsvector column and a GIN index, and a work queue shared by several
// ingest processes through row locks (FOR UPDATE SKIP LOCKED).
package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"sitrep/internal/store"
	"sitrep/internal/store/sqldb"
)

func init() {
	store.Register("postgres", func(ctx context.Context, dsn string) (store.Store, error) { return Open(ctx, dsn) })
}

// Migrations is the append-only schema history of the PostgreSQL backend.
// Never edit an entry: add one.
var Migrations = []string{
	sqldb.Schema("BIGSERIAL PRIMARY KEY", "BYTEA"),
	`ALTER TABLE documents ADD COLUMN tsv tsvector;
	 CREATE INDEX documents_tsv ON documents USING GIN (tsv)`,
	sqldb.RollupSchema(),
	sqldb.CubeSchema("octet_length(text)"),
	sqldb.MonthSchema(),
	sqldb.SummarySchema(),
	sqldb.YearSchema(),
	sqldb.ContextSchema(),
	sqldb.ContextDaySchema(),
}

// Open connects to dsn (postgres://...) and migrates the schema.
func Open(ctx context.Context, dsn string) (*sqldb.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect: %w", err)
	}
	return sqldb.New(ctx, db, dialect)
}

var dialect = sqldb.Dialect{
	Name:       "postgres",
	Dollar:     true,
	Migrations: Migrations,
	ByteLen:    "octet_length(text)",
	LockClaims: true,
	IndexText: func(ctx context.Context, tx *sql.Tx, seq int64, text string) error {
		_, err := tx.ExecContext(ctx, `UPDATE documents SET tsv = to_tsvector('english', text) WHERE seq = $1`, seq)
		return err
	},
	SearchSQL: func(query string, limit int) (string, []any) {
		q := tsQuery(query)
		if q == "" {
			return "", nil
		}
		return `SELECT id, title, published,
			ts_headline('english', text, websearch_to_tsquery('english', ?), 'MaxWords=24, MinWords=8, StartSel=[, StopSel=]'),
			ts_rank(tsv, websearch_to_tsquery('english', ?))
			FROM documents WHERE tsv @@ websearch_to_tsquery('english', ?)
			ORDER BY 5 DESC, id LIMIT ?`, []any{q, q, q, limit}
	},
}

// tsQuery keeps words and "quoted phrases" and drops the operators of
// websearch syntax (or, -), so that both backends read a query the same way.
func tsQuery(q string) string {
	var terms []string
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 {
			if p := strings.Join(strings.Fields(part), " "); p != "" {
				terms = append(terms, `"`+p+`"`)
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			w = strings.TrimLeft(w, "-")
			if w != "" && !strings.EqualFold(w, "or") {
				terms = append(terms, w)
			}
		}
	}
	return strings.Join(terms, " ")
}
