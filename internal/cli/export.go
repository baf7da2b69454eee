package cli

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/errs"
	"sitrep/internal/export"
	"sitrep/internal/query"
)

func init() { extra = append(extra, exportCmd) }

// exportFilterKeys are the event filters export accepts (those of
// `sitrep query events`).
var exportFilterKeys = []string{"actor", "source", "target", "dyad", "code", "root", "quad", "plover", "context", "from", "to",
	"location", "doc", "reporter", "limit", "offset"}

func exportCmd(env *Env) *cobra.Command {
	var db, format, out string
	var dedup, negated bool
	c := &cobra.Command{
		Use:   "export [flags] --format gdelt|csv|jsonl",
		Short: "export stored events as a GDELT 2.0 event table, CSV or JSON Lines",
		Long: `export writes the events of a corpus (all, or those matching the event filters of
sitrep query events) to standard output or to a file (-o, written atomically):
  gdelt  the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header,
         AvgTone from the document tone, actor codes split into country, known group,
         ethnic, religion and type columns; events without a day are left out
  csv    every sitrep event field, with a header row
  jsonl  one JSON object per event
Events come in a fixed order (event day, document, position): the same corpus always
exports the same bytes.`,
		Example: `  sitrep export --format gdelt -o events.tsv
  sitrep export --format csv --dyad AZE,ARM --from 2023-01-01`,
		Args: argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error {
			v := url.Values{}
			for _, k := range exportFilterKeys {
				if f := c.Flags().Lookup(k); f != nil && f.Changed {
					v.Set(k, f.Value.String())
				}
			}
			if dedup {
				v.Set("dedup", "true")
			}
			if negated {
				v.Set("include_negated", "true")
			}
			return runExport(env, db, format, out, v)
		},
	}
	f := c.Flags()
	f.StringVar(&db, "db", "", "store DSN: a SQLite path (default ./sitrep.db) or postgres://...")
	f.StringVar(&format, "format", "", "gdelt, csv or jsonl (required)")
	f.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	for _, qf := range queryFlags {
		if slices.Contains(exportFilterKeys, qf.key) {
			help := qf.help
			if qf.key == "limit" {
				help = "most events to export (default: all)"
			}
			f.String(qf.flag, "", help)
		}
	}
	f.BoolVar(&dedup, "dedup", false, "export an event once per near-duplicate cluster")
	f.BoolVar(&negated, "include-negated", false, "keep negated and hypothetical events")
	f.SortFlags = false
	return c
}

func runExport(env *Env, db, format, out string, v url.Values) error {
	if !slices.Contains(export.Formats, format) {
		return usageErr{fmt.Errorf("export: --format %q: want %s", format, strings.Join(export.Formats, ", "))}
	}
	filter, err := query.ParseEventFilter(v)
	if err != nil {
		return err
	}
	st, err := openCorpus(env.Ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = env.Stdout
	var tmp *os.File
	if out != "" && out != "-" {
		// Write beside the target and rename at the end, so that a failed
		// export never leaves a truncated file under the wanted name.
		tmp, err = os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
		if err != nil {
			return errs.E("export "+out, errs.IO, err)
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		w = tmp
	}
	res, err := export.Events(env.Ctx, st, filter, format, w)
	if err != nil {
		return err
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return errs.E("export "+out, errs.IO, err)
		}
		if err := os.Rename(tmp.Name(), out); err != nil {
			return errs.E("export "+out, errs.IO, err)
		}
	}
	msg := fmt.Sprintf("exported %d events", res.Events)
	if res.Skipped > 0 {
		msg += fmt.Sprintf(" (%d without a day left out)", res.Skipped)
	}
	if out != "" && out != "-" {
		msg += " to " + out
	}
	fmt.Fprintln(env.Stderr, msg)
	return nil
}
