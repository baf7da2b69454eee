// Package server is sitrep's HTTP face: a read-only JSON API under /v1/
// (described by /v1/openapi.json) and the web page, both served by the
// one binary from an open store. Writing is off unless the operator turns
// on ingestion with a bearer token.
package server

import (
	"net/http"
	"time"

	"sitrep/internal/lexicon"
	"sitrep/internal/store"
	"sitrep/internal/web"
)

// Options configure a server. The zero value is the safe default: read
// only, no CORS, 1 MiB request bodies, 10 s per request.
type Options struct {
	// AllowIngest enables POST /v1/documents; Token is then required as
	// "Authorization: Bearer <token>" and must not be empty.
	AllowIngest bool
	Token       string
	// CORSOrigin, when set, is sent as Access-Control-Allow-Origin on API
	// responses ("*" or one origin). Empty: no CORS headers at all.
	CORSOrigin string
	MaxBody    int64         // largest request body; 0 = 1 MiB (32 MiB with ingest)
	Timeout    time.Duration // longest request; 0 = 10 s
	// Analyze runs the pipeline on a posted document; required with
	// AllowIngest (the cli passes the default pipeline).
	Analyze Analyzer
}

// Server serves the API and the page from one store.
type Server struct {
	st    store.Store
	opts  Options
	place *placer
	cache *cache
	mux   *http.ServeMux
}

// New returns the server for st.
func New(st store.Store, opts Options) *Server {
	if opts.Timeout <= 0 {
		opts.Timeout = 10 * time.Second
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = 1 << 20
		if opts.AllowIngest {
			opts.MaxBody = 32 << 20
		}
	}
	s := &Server{st: st, opts: opts, place: newPlacer(lexicon.Default()), cache: newCache(30 * time.Second),
		mux: http.NewServeMux()}
	s.routes()
	return s
}

// Handler returns the server's handler with its middleware.
func (s *Server) Handler() http.Handler {
	return s.recoverer(s.limits(s.headers(s.mux)))
}

type route struct {
	pattern string
	h       http.HandlerFunc
}

// api lists every endpoint; openapi_test.go checks that each one is
// described in openapi.json.
func (s *Server) api() []route {
	rs := []route{
		{"GET /v1/openapi.json", s.openAPI},
		{"GET /v1/stats", s.stats},
		{"GET /v1/documents", s.documents},
		{"GET /v1/documents/{id}", s.document},
		{"GET /v1/events", s.events},
		{"GET /v1/timeline", s.timeline},
		{"GET /v1/network", s.network},
		{"GET /v1/map", s.mapPoints},
		{"GET /v1/actors", s.actors},
		{"GET /v1/quotes", s.quotes},
		{"GET /v1/figures", s.figures},
		{"GET /v1/search", s.search},
	}
	if s.opts.AllowIngest {
		rs = append(rs, route{"POST /v1/documents", s.postDocument})
	}
	return rs
}

func (s *Server) routes() {
	for _, r := range s.api() {
		s.mux.HandleFunc(r.pattern, r.h)
	}
	s.mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		errorf(w, http.StatusNotFound, "no API endpoint %s %s; see /v1/openapi.json", r.Method, r.URL.Path)
	})
	s.mux.Handle("/", web.Handler())
}

// Routes returns the API's route patterns ("GET /v1/events").
func (s *Server) Routes() []string {
	var out []string
	for _, r := range s.api() {
		out = append(out, r.pattern)
	}
	return out
}
