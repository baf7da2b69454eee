package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
)

// csp allows nothing but the page's own files: no inline script, no
// third-party host. Article text is inserted as text nodes anyway; this
// is the second lock on the same door. Inline styles are allowed because
// cytoscape injects a small style sheet for its canvas.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// recoverer turns a panic in a handler into a logged 500 instead of a
// dropped connection.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				slog.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				writeError(w, r, fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// limits bounds every request: its body (MaxBody), its URL and its time
// (Timeout, through the context that the store calls honour).
func (s *Server) limits(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(r.URL.RawQuery) > 8192 {
			errorf(w, http.StatusRequestURITooLong, "query string longer than 8192 bytes")
			return
		}
		if r.ContentLength > s.opts.MaxBody {
			errorf(w, http.StatusRequestEntityTooLarge, "request body of %d bytes is over the limit of %d bytes", r.ContentLength, s.opts.MaxBody)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// headers sets security headers, applies the read-only rule to the API
// and, only when configured, CORS.
func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", csp)
		api := strings.HasPrefix(r.URL.Path, "/v1/")
		if api && s.opts.CORSOrigin != "" {
			h.Set("Access-Control-Allow-Origin", s.opts.CORSOrigin)
			h.Set("Vary", "Origin")
			if r.Method == http.MethodOptions {
				h.Set("Access-Control-Allow-Methods", "GET, HEAD, POST")
				h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		case http.MethodPost:
			if api && r.URL.Path == "/v1/documents" && s.opts.AllowIngest {
				break
			}
			fallthrough
		default:
			h.Set("Allow", "GET, HEAD")
			msg := "the server is read-only"
			if api && r.URL.Path == "/v1/documents" && r.Method == http.MethodPost {
				msg += "; start it with --allow-ingest and a token to accept documents"
			}
			errorf(w, http.StatusMethodNotAllowed, "%s %s: method not allowed: %s", r.Method, r.URL.Path, msg)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// storeErr classifies errors of store calls made under the request's
// context: a timeout is the server's limit, not a database failure.
func storeErr(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, context.DeadlineExceeded) {
		errorf(w, http.StatusServiceUnavailable, "the request took longer than the server's limit; narrow the filters")
		return
	}
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	writeError(w, r, err)
}
