// Package sqlite is the embedded store: one file, no server, pure Go
// (modernc.org/sqlite), WAL journal so readers never wait for the writer,
// and FTS5 full-text search over document texts.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"sitrep/internal/store"
	"sitrep/internal/store/sqldb"
)

func init() {
	store.Register("sqlite", func(ctx context.Context, path string) (store.Store, error) { return Open(ctx, path) })
}

// Migrations is the append-only schema history of the SQLite backend.
// Never edit an entry: add one.
var Migrations = []string{
	sqldb.Schema("INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"),
	`CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='documents', content_rowid='seq')`,
	sqldb.RollupSchema(),
	sqldb.CubeSchema(byteLen),
	sqldb.MonthSchema(),
	sqldb.SummarySchema(),
	sqldb.YearSchema(),
	sqldb.ContextSchema(),
	sqldb.ContextDaySchema(),
}

// byteLen is the length of a document's text in bytes (length() counts
// characters of a TEXT value).
const byteLen = "length(CAST(text AS BLOB))"

// Open opens (creating if needed) the store at path and migrates it.
func Open(ctx context.Context, path string) (*sqldb.DB, error) {
	if path == "" {
		path = store.DefaultPath
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(30000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(OFF)",
		"cache_size(-65536)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	dsn := "file:" + path + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return sqldb.New(ctx, db, dialect)
}

var dialect = sqldb.Dialect{
	Name:       "sqlite",
	Migrations: Migrations,
	ByteLen:    byteLen,
	IndexText: func(ctx context.Context, tx *sql.Tx, seq int64, text string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO docs_fts (rowid, text) VALUES (?, ?)`, seq, text)
		return err
	},
	SearchSQL: func(query string, limit int) (string, []any) {
		m := ftsQuery(query)
		if m == "" {
			return "", nil
		}
		return `SELECT d.id, d.title, d.published, snippet(docs_fts, 0, '[', ']', '…', 12), -bm25(docs_fts)
			FROM docs_fts JOIN documents d ON d.seq = docs_fts.rowid
			WHERE docs_fts MATCH ? ORDER BY bm25(docs_fts), d.id LIMIT ?`, []any{m, limit}
	},
}

// ftsQuery turns a user query into an FTS5 expression: words ANDed,
// "quoted phrases" kept, every term quoted so that FTS5 operators and
// punctuation in user input cannot break the query.
func ftsQuery(q string) string {
	var terms []string
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 {
			if p := strings.Join(strings.Fields(part), " "); p != "" {
				terms = append(terms, `"`+p+`"`)
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			terms = append(terms, `"`+w+`"`)
		}
	}
	return strings.Join(terms, " ")
}
