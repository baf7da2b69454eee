package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/doc"
	"sitrep/internal/errs"
	"sitrep/internal/ingest"
	"sitrep/internal/pipeline"
	"sitrep/internal/server"
	"sitrep/internal/store"
	_ "sitrep/internal/store/postgres" // backends, selected by the DSN
	_ "sitrep/internal/store/sqlite"
)

func init() { extra = append(extra, serveCmd) }

type serveOpts struct {
	db, addr, token, cors string
	allowIngest           bool
	timeout               time.Duration
}

func serveCmd(env *Env) *cobra.Command {
	var o serveOpts
	c := &cobra.Command{
		Use:   "serve [flags]",
		Short: "serve a corpus: JSON API under /v1/ and the web page",
		Long: `serve opens a corpus and serves the JSON API (/v1/, described by /v1/openapi.json) and the
web page (timeline, actor network, map, figures, annotated documents) from the same address.
The server is read-only unless --allow-ingest is given with a token (--token or the
SITREP_TOKEN environment variable); then POST /v1/documents analyses and stores a document.
CORS headers are sent only with --cors.`,
		Example: `  sitrep serve --db sitrep.db
  sitrep serve --addr 127.0.0.1:0 --db postgres://user@host/sitrep`,
		Args: argsRange(0, 0),
		RunE: func(c *cobra.Command, args []string) error { return runServe(env, o) },
	}
	f := c.Flags()
	f.StringVar(&o.db, "db", "", "store DSN: a SQLite path (default ./sitrep.db) or postgres://...")
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free port)")
	f.BoolVar(&o.allowIngest, "allow-ingest", false, "accept POST /v1/documents (needs a token)")
	f.StringVar(&o.token, "token", "", "bearer token for --allow-ingest (default $SITREP_TOKEN)")
	f.StringVar(&o.cors, "cors", "", "send Access-Control-Allow-Origin with this origin (\"*\" for any)")
	f.DurationVar(&o.timeout, "timeout", 10*time.Second, "longest time a request may take")
	return c
}

func runServe(env *Env, o serveOpts) error {
	opts, err := o.serverOptions()
	if err != nil {
		return err
	}
	st, err := store.Open(env.Ctx, o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	return listenAndServe(env, st, o.addr, opts, "")
}

func (o serveOpts) serverOptions() (server.Options, error) {
	opts := server.Options{AllowIngest: o.allowIngest, Token: o.token, CORSOrigin: o.cors, Timeout: o.timeout}
	if o.allowIngest {
		if opts.Token == "" {
			opts.Token = envToken()
		}
		if len(opts.Token) < 16 {
			return opts, usageErr{errors.New("serve: --allow-ingest needs a token of at least 16 characters (--token or SITREP_TOKEN)")}
		}
		opts.Analyze = analyzeRecord
	}
	return opts, nil
}

// serveOptsDefault is the read-only configuration of sitrep demo.
func serveOptsDefault() server.Options { return server.Options{Timeout: 10 * time.Second} }

// analyzeRecord runs the default pipeline on a posted record.
func analyzeRecord(ctx context.Context, rec ingest.Record) (*doc.Doc, error) {
	reg, err := pipeline.Default()
	if err != nil {
		return nil, err
	}
	text, html := rec.Text, rec.HTML
	kind, data := ingest.Text, []byte(text)
	if text == "" {
		kind, data = ingest.HTML, []byte(html)
	}
	meta := ingest.Meta{ID: rec.ID, Outlet: rec.Outlet, Published: rec.Published, URL: rec.URL, Title: rec.Title}
	d, err := ingest.FromBytes("posted document", data, kind, meta)
	if err != nil {
		return nil, err
	}
	return d, reg.Run(ctx, d)
}

// listenAndServe serves until the context ends, printing the address
// first (port 0 resolved), so scripts and people know where to go.
func listenAndServe(env *Env, st store.Store, addr string, opts server.Options, banner string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return errs.E("listen on "+addr, errs.IO, err)
	}
	srv := &http.Server{
		Handler:           server.New(st, opts).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      opts.Timeout + 20*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(env.Stdout, "%ssitrep is serving on http://%s/ (API: /v1/, described by /v1/openapi.json)\n", banner, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return errs.E("serve", errs.IO, err)
	case <-env.Ctx.Done():
		slog.Info("shutting down")
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(ctx)
	}
}

// envToken reads the ingest token from the environment, so that it need
// not appear on a command line (where ps would show it).
func envToken() string { return os.Getenv("SITREP_TOKEN") }
