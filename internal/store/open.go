package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"sitrep/internal/errs"
)

// DefaultPath is the embedded store used when no --db is given.
const DefaultPath = "sitrep.db"

// Opener opens one backend from a DSN (without the "sqlite:" prefix for
// SQLite paths; the full URL for PostgreSQL).
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	mu       sync.Mutex
	backends = map[string]Opener{}
)

// Register makes a backend available to Open under a name: "sqlite" or
// "postgres". Backends register themselves in init; a program selects them
// with a blank import (cli imports both).
func Register(name string, open Opener) {
	mu.Lock()
	defer mu.Unlock()
	backends[name] = open
}

// Open opens the store a DSN names: "" (./sitrep.db), a file path, or
// "sqlite:PATH" for SQLite; "postgres://..." or "postgresql://..." for
// PostgreSQL. The schema is migrated to the current version.
func Open(ctx context.Context, dsn string) (Store, error) {
	name, arg := Backend(dsn)
	mu.Lock()
	open, ok := backends[name]
	var have []string
	for n := range backends {
		have = append(have, n)
	}
	mu.Unlock()
	if !ok {
		sort.Strings(have)
		return nil, errs.Ef("open store", errs.Usage, "backend %q not linked in (have %v)", name, have)
	}
	s, err := open(ctx, arg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", Redact(dsn), err)
	}
	return s, nil
}

// Backend splits a DSN into the backend name and its argument.
func Backend(dsn string) (name, arg string) {
	switch {
	case dsn == "":
		return "sqlite", DefaultPath
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return "postgres", dsn
	case strings.HasPrefix(dsn, "sqlite:"):
		return "sqlite", strings.TrimPrefix(dsn, "sqlite:")
	}
	return "sqlite", dsn
}

// Redact hides the password of a DSN for messages.
func Redact(dsn string) string {
	i := strings.Index(dsn, "://")
	at := strings.LastIndex(dsn, "@")
	if i < 0 || at < i {
		return dsn
	}
	cred := dsn[i+3 : at]
	if c := strings.IndexByte(cred, ':'); c >= 0 {
		return dsn[:i+3] + cred[:c] + ":xxx" + dsn[at:]
	}
	return dsn
}
