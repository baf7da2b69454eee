package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/spf13/cobra"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
	"sitrep/internal/errs"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
)

type analyzeOpts struct {
	input, published, outlet, url, title, id string
	jsonl                                    bool
	workers                                  int
}

func analyzeCmd(env *Env) *cobra.Command {
	var o analyzeOpts
	c := &cobra.Command{
		Use:   "analyze [flags] [FILE|-]",
		Short: "analyse one document (or a JSON Lines stream) and print document-v1 JSON",
		Long: `analyze reads one document from FILE or standard input (plain text or an HTML page,
detected from the content) and writes one JSON object following the document-v1 contract.
With --jsonl it reads JSON Lines records ({"id","text" or "html","published","outlet","url",
"title"}; plain or gzip) and writes one line per record in input order; a bad record is
reported on stderr with its line number and skipped.`,
		Example: `  sitrep analyze --published 2023-08-17 --outlet Alwaght interview.txt
  sitrep analyze --jsonl corpus.jsonl.gz > out.jsonl`,
		Args: argsRange(0, 1),
		RunE: func(c *cobra.Command, args []string) error {
			name := "-"
			if len(args) == 1 {
				name = args[0]
			}
			return runAnalyze(env, name, o)
		},
	}
	f := c.Flags()
	f.StringVar(&o.input, "input", "", "input kind: text, html or jsonl (default: detected)")
	f.BoolVar(&o.jsonl, "jsonl", false, "read JSON Lines records, write one JSON line each")
	f.StringVar(&o.published, "published", "", "publication date YYYY-MM-DD (relative dates resolve against it)")
	f.StringVar(&o.outlet, "outlet", "", "outlet that published the text")
	f.StringVar(&o.url, "url", "", "URL of the document")
	f.StringVar(&o.title, "title", "", "title of the document")
	f.StringVar(&o.id, "id", "", "document id (default: derived from the content)")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "documents analysed in parallel (--jsonl)")
	return c
}

func openInput(env *Env, name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(env.Stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, errs.E("open "+name, errs.NotExist, fmt.Errorf("no such file"))
		}
		return nil, errs.E("open "+name, errs.IO, err)
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return nil, errs.Ef("open "+name, errs.Usage, "is a directory (analyze reads one file; use sitrep ingest for folders)")
	}
	return f, nil
}

func runAnalyze(env *Env, name string, o analyzeOpts) error {
	if err := ingest.CheckPublished(o.published); err != nil {
		return usageErr{err}
	}
	switch o.input {
	case "", "text", "html":
	case "jsonl":
		o.jsonl = true
	default:
		return usageErr{fmt.Errorf("--input %q: want text, html or jsonl", o.input)}
	}
	reg, err := pipeline.Default()
	if err != nil {
		return err
	}
	in, err := openInput(env, name)
	if err != nil {
		return err
	}
	defer in.Close()
	meta := ingest.Meta{ID: o.id, Outlet: o.outlet, Published: o.published, URL: o.url, Title: o.title}
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	defer out.Flush()
	if o.jsonl {
		return analyzeJSONLBatched(env, reg, name, in, meta, o.workers, docBatch, out)
	}
	if f, ok := in.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > ingest.MaxBytes {
			return errs.Ef("read "+name, errs.TooLarge, "%d MB is over the %d MB limit for one document (for a corpus use --jsonl or sitrep ingest)",
				st.Size()>>20, ingest.MaxBytes>>20)
		}
	}
	data, err := io.ReadAll(io.LimitReader(in, ingest.MaxBytes+1))
	if err != nil {
		return errs.E("read "+name, errs.IO, err)
	}
	d, err := ingest.FromBytes(name, data, ingest.Kind(o.input), meta)
	if err != nil {
		return err
	}
	if err := reg.Run(env.Ctx, d); err != nil {
		return err
	}
	return doc.Encode(out, d)
}

// analyzeOne runs the pipeline on a record, applying flag metadata where
// the record has none.
func analyzeOne(env *Env, reg *annotate.Registry, d *doc.Doc, meta ingest.Meta) error {
	if d.Meta.Published == "" {
		d.Meta.Published = meta.Published
	}
	if d.Meta.Outlet == "" {
		d.Meta.Outlet = meta.Outlet
	}
	return reg.Run(env.Ctx, d)
}
