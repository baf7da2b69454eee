// Package store keeps documents and their annotations, and answers
// questions over the whole corpus. One Store interface has two backends:
// store/sqlite (embedded, the default, no server) and store/postgres
// (scale-out); store/storetest is the one conformance suite both pass.
//
// Conventions shared by every method:
//   - Dates are YYYY-MM-DD strings; From and To are inclusive. An event's
//     date is the event's own resolved date when it is a full day, else the
//     document's publication date ("event day" below).
//   - Actor codes are CAMEO codes; an actor filter matches the code itself
//     or any longer code that starts with it ("AZE" matches "AZEGOV").
//   - Results are deterministic: every listing has a stated order, ties
//     broken by document id and then by position in the text.
//   - Limit <= 0 means DefaultLimit; Limit is capped at MaxLimit.
//   - Errors are errs.Store for database failures and errs.NotExist for a
//     missing document.
package store

import (
	"context"

	"sitrep/internal/doc"
)

// Limits on listings, so that a careless query cannot return millions of rows.
const (
	DefaultLimit = 100
	MaxLimit     = 100000
)

// PutResult says what PutDoc did with a document.
type PutResult struct {
	ID string // the stored id (the document's id, or the existing one when Duplicate)
	// Duplicate is true when a document with the same text (content hash)
	// was already stored; nothing was written.
	Duplicate bool
	// Cluster is the near-duplicate cluster the document belongs to: the id
	// of the cluster's first document (its own id when it starts a cluster).
	Cluster string
	Hash    string // hex SHA-256 of the text
}

// Store is a corpus of analysed documents. Implementations are safe for
// concurrent use by several goroutines.
type Store interface {
	// PutDoc stores an analysed document atomically (one transaction): its
	// text, meta, content hash, SimHash cluster, pipeline version
	// (d.Annotators), the full contract JSON and the normalised rows for
	// entities (with mentions), events, quotes, quantities and times. raw,
	// the original bytes (e.g. the HTML page), may be nil. Same text twice:
	// the second call returns Duplicate=true and stores nothing. An id
	// already used by a different text is made unique by appending
	// "-" and the first 8 hex digits of the content hash.
	PutDoc(ctx context.Context, d *doc.Doc, raw []byte) (PutResult, error)

	// Get returns the stored contract JSON of one document (errs.NotExist
	// when there is none).
	Get(ctx context.Context, id string) (*doc.JSON, error)
	// Text returns the stored text and meta of one document, without
	// annotations, ready to run the pipeline again (reannotate).
	Text(ctx context.Context, id string) (*doc.Doc, error)
	// Docs lists documents, ordered by publication date then id.
	Docs(ctx context.Context, f DocFilter) ([]DocRow, error)

	// Events lists events matching f, ordered by event day, document id
	// and position in the text.
	Events(ctx context.Context, f EventFilter) ([]EventRow, error)
	// Timeline counts events matching f per bucket ("day": YYYY-MM-DD;
	// "week": the Monday of the ISO week, YYYY-MM-DD) and QuadClass,
	// ordered by bucket. Limit and Offset of f are ignored.
	Timeline(ctx context.Context, f EventFilter, bucket string) ([]TimelineRow, error)
	// Network gives the actor network: one edge per (source, target) pair
	// of events matching f with both actors set, with its event count and
	// mean Goldstein value, ordered by count descending, then source and
	// target. f.Limit caps the number of edges.
	Network(ctx context.Context, f EventFilter) ([]Edge, error)
	// Places counts events matching f per location (the map), with their
	// QuadClasses and mean Goldstein value, ordered by count descending
	// then location. Events without a location count under "". Limit and
	// Offset of f are ignored.
	Places(ctx context.Context, f EventFilter) ([]PlaceRow, error)

	// Actors counts entity mentions per actor code (or per entity name for
	// entities without a code), ordered by mentions descending then name.
	Actors(ctx context.Context, f ActorFilter) ([]ActorRow, error)
	// ActorNames maps each of codes that the corpus names to the name
	// Actors gives it (its most mentioned entity name; ties: the smaller
	// name). Codes without any entity are left out. It costs a few rows
	// per code at any corpus size, so the network can label its nodes.
	ActorNames(ctx context.Context, codes []string) (map[string]string, error)
	// Quotes lists quotes by speaker and/or words, ordered by publication
	// date, document id and position.
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRow, error)
	// Figures lists quantities (figures), ordered like Quotes.
	Figures(ctx context.Context, f FigureFilter) ([]FigureRow, error)
	// Search runs a full-text query over document texts (SQLite FTS5,
	// PostgreSQL tsvector): words are ANDed, "quoted phrases" are phrases.
	// Hits are ordered by relevance, then id.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)

	// Stats summarises the corpus.
	Stats(ctx context.Context) (Stats, error)

	// Stale lists, in id order, up to limit ids of documents whose stored
	// pipeline version differs from version, starting after id `after`
	// ("" = from the beginning): the work of `sitrep reannotate`.
	Stale(ctx context.Context, version string, after string, limit int) ([]string, error)
	// Reannotate replaces all annotations (and the pipeline version) of
	// the stored document d.ID with those of d, atomically. The text must
	// be unchanged.
	Reannotate(ctx context.Context, d *doc.Doc) error

	// Queue gives access to the shared work queue used by ingest.
	Queue() Queue

	Close() error
}

// Version is the pipeline version string stored with a document: its
// versioned stage names joined by commas (pipeline.Version()).
func Version(d *doc.Doc) string {
	v := ""
	for i, n := range d.Annotators {
		if i > 0 {
			v += ","
		}
		v += n
	}
	return v
}
