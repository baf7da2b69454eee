package cli

import (
	"bufio"
	"context"
	"net/url"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/errs"
	"sitrep/internal/query"
	"sitrep/internal/store"
	_ "sitrep/internal/store/postgres" // backends, selected by the DSN
	_ "sitrep/internal/store/sqlite"
)

func init() { extra = append(extra, queryCmd) }

// queryFlags maps each filter flag to its query key (the names the HTTP
// API uses too); flags not given are left out, so defaults live in one
// place (package query).
var queryFlags = []struct{ flag, key, help string }{
	{"actor", "actor", "actor code prefix, as source or target (AZE matches AZEGOV)"},
	{"source", "source", "source actor code prefix"},
	{"target", "target", "target actor code prefix"},
	{"dyad", "dyad", "SOURCE,TARGET actor code prefixes"},
	{"code", "code", "CAMEO event code (191; two digits = a root)"},
	{"root", "root", "CAMEO root code 01-20"},
	{"quad", "quad", "QuadClass 1-4 (or verbal-cooperation, material-conflict...)"},
	{"plover", "plover", "PLOVER event type (PROTEST, ASSAULT...)"},
	{"context", "context", "PLOVER context (humanitarian, territory, military...)"},
	{"from", "from", "first day YYYY-MM-DD (inclusive)"},
	{"to", "to", "last day YYYY-MM-DD (inclusive)"},
	{"location", "location", "event location contains"},
	{"doc", "doc", "document id"},
	{"reporter", "reporter", "events reported by this speaker"},
	{"speaker", "speaker", "quotes: speaker name contains"},
	{"words", "words", "quotes: text contains; search: the words"},
	{"category", "category", "figures: killed, wounded, displaced, detained, missing, aid..."},
	{"about", "about", "figures: what is counted contains"},
	{"unit", "unit", "figures: unit"},
	{"name", "name", "actors: entity name contains"},
	{"type", "type", "actors: entity type (PER, ORG, GPE...)"},
	{"outlet", "outlet", "docs: outlet"},
	{"cluster", "cluster", "docs: near-duplicate cluster id"},
	{"bucket", "bucket", "timeline: day or week"},
	{"limit", "limit", "most rows to return (default 100)"},
	{"offset", "offset", "rows to skip"},
}

func queryCmd(env *Env) *cobra.Command {
	var db, format string
	var dedup, negated bool
	c := &cobra.Command{
		Use:   "query [flags] KIND [WORDS...]",
		Short: "query a corpus: events, actors, figures, quotes, search, timeline, network, docs",
		Long: `query answers a question over a stored corpus and prints a table (default), JSON or CSV.
KIND is one of:
  events    events by actor, dyad, CAMEO code/root, QuadClass, PLOVER type and context, dates, location,
            document, reporter
  timeline  events per day or week (--bucket) by QuadClass, with the event filters
  network   actor pairs with event counts and mean Goldstein, with the event filters
  actors    actors and entities with their mention counts
  quotes    quotes by speaker (--speaker) or words (--words)
  figures   figures by category (--category), what they count (--about), unit
  search    full-text search: the WORDS (or --words); "quoted phrases" are phrases
  docs      stored documents by outlet, dates, cluster
A filter that does not apply to KIND is refused rather than ignored.`,
		Example: `  sitrep query events --dyad AZE,ARM --from 2023-01-01 --quad 4
  sitrep query events --context humanitarian --location "Lachin corridor" --from 2023-09-01 --to 2023-09-30
  sitrep query timeline --actor SYR --bucket week --format csv
  sitrep query quotes --speaker Guterres --format json
  sitrep query search '"humanitarian corridor"' Lachin`,
		Args: argsRange(1, -1),
		RunE: func(c *cobra.Command, args []string) error {
			v := url.Values{}
			for _, qf := range queryFlags {
				if f := c.Flags().Lookup(qf.flag); f != nil && f.Changed {
					v.Set(qf.key, f.Value.String())
				}
			}
			if dedup {
				v.Set("dedup", "true")
			}
			if negated {
				v.Set("include_negated", "true")
			}
			kind := strings.ToLower(args[0])
			if len(args) > 1 {
				if kind != "search" {
					return usageErr{errs.Ef("query "+kind, errs.Usage, "unexpected arguments %q (only search takes words)", args[1:])}
				}
				v.Set("q", strings.Join(args[1:], " "))
			}
			return runQuery(env, db, format, kind, v)
		},
	}
	f := c.Flags()
	f.StringVar(&db, "db", "", "store DSN: a SQLite path (default ./sitrep.db) or postgres://...")
	f.StringVar(&format, "format", "table", "output: table, json or csv")
	for _, qf := range queryFlags {
		f.String(qf.flag, "", qf.help)
	}
	f.BoolVar(&dedup, "dedup", false, "count an event once per near-duplicate cluster")
	f.BoolVar(&negated, "include-negated", false, "keep negated and hypothetical events")
	f.SortFlags = false
	return c
}

func runQuery(env *Env, db, format, kind string, v url.Values) error {
	switch format {
	case query.Table, query.JSON, query.CSV:
	default:
		return usageErr{errs.Ef("query", errs.Usage, "--format %q: want table, json or csv", format)}
	}
	st, err := openCorpus(env.Ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := query.Run(env.Ctx, st, kind, v)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	if err := query.Write(out, format, rows); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return errs.E("write", errs.IO, err)
	}
	return nil
}

// openCorpus opens an existing store for reading: a missing SQLite file is
// an error (errs.NotExist) instead of a new empty corpus answering every
// question with nothing.
func openCorpus(ctx context.Context, dsn string) (store.Store, error) {
	if name, path := store.Backend(dsn); name == "sqlite" {
		if _, err := os.Stat(path); os.IsNotExist(err) {
			return nil, errs.Ef("open store "+path, errs.NotExist, "no corpus there (create one with sitrep ingest, or give --db)")
		}
	}
	return store.Open(ctx, dsn)
}
