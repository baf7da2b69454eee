package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"

	"sitrep/internal/errs"
	"sitrep/internal/query"
	"sitrep/internal/store"
)

// Formats of export.
const (
	GDELT = "gdelt"
	CSV   = "csv"
	JSONL = "jsonl"
)

// Formats lists the export formats.
var Formats = []string{GDELT, CSV, JSONL}

// Result counts what an export wrote.
type Result struct {
	Events  int // rows written
	Skipped int // events left out (GDELT: no day)
}

// pageSize is how many events are read per store call: large enough to
// keep calls few, small enough to keep memory flat on any corpus.
const pageSize = 10000

// Events writes the events matching f in a format. f.Limit caps the number
// of events (0 = all of them); f.Offset skips the first ones. Events come
// in the store's order (event day, document, position), so the same corpus
// always exports the same bytes.
func Events(ctx context.Context, st store.Store, f store.EventFilter, format string, w io.Writer) (Result, error) {
	var res Result
	var write func([]store.EventRow) error
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := csv.NewWriter(bw)
	switch format {
	case GDELT:
		write = func(rows []store.EventRow) error {
			for _, e := range rows {
				row, ok := GDELTRow(e)
				if !ok {
					res.Skipped++
					continue
				}
				bw.WriteString(strings.Join(row, "\t"))
				bw.WriteByte('\n')
				res.Events++
			}
			return nil
		}
	case CSV:
		cols, _, err := query.Records([]store.EventRow{})
		if err != nil {
			return res, err
		}
		cw.Write(cols) // the header, even when no event matches
		write = func(rows []store.EventRow) error {
			_, recs, err := query.Records(rows)
			if err != nil {
				return err
			}
			cw.WriteAll(recs)
			res.Events += len(recs)
			return cw.Error()
		}
	case JSONL:
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		write = func(rows []store.EventRow) error {
			for i := range rows {
				if err := enc.Encode(&rows[i]); err != nil {
					return err
				}
				res.Events++
			}
			return nil
		}
	default:
		return res, errs.Ef("export", errs.Usage, "unknown format %q (want gdelt, csv or jsonl)", format)
	}
	limit, offset := f.Limit, f.Offset
	for {
		f.Offset = offset
		f.Limit = pageSize
		if limit > 0 {
			f.Limit = min(pageSize, limit-res.Events-res.Skipped)
		}
		if f.Limit <= 0 {
			break
		}
		rows, err := st.Events(ctx, f)
		if err != nil {
			return res, err
		}
		if err := write(rows); err != nil {
			return res, errs.E("export", errs.IO, err)
		}
		offset += len(rows)
		if len(rows) < f.Limit {
			break
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return res, errs.E("export", errs.IO, err)
	}
	if err := bw.Flush(); err != nil {
		return res, errs.E("export", errs.IO, err)
	}
	return res, nil
}
