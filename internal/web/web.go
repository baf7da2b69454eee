// Package web holds sitrep's page: plain HTML, CSS and JavaScript with the
// vendored libraries (d3, topojson-client, cytoscape) and the world
// geometry, all embedded in the binary. Nothing is fetched from elsewhere
// and there is no build step: static/ is served as it is.
//
// Assets are served under content-hash URLs (/static/<hash>/app.js), so
// browsers cache them for good and a new build can never mix old and new
// files; index.html itself is revalidated with an ETag.
package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
)

//go:embed static
var staticFS embed.FS

// asset is one embedded file with its hash and, for text, a gzipped copy.
type asset struct {
	name   string
	data   []byte
	hash   string // first 16 hex digits of SHA-256
	ctype  string
	gzOnce sync.Once
	gz     []byte
}

type site struct {
	assets map[string]*asset // by name relative to static/
	index  []byte
	etag   string
}

var (
	once sync.Once
	def  *site
)

// Handler serves "/" (the page) and "/static/..." (its assets).
func Handler() http.Handler {
	once.Do(load)
	return def
}

// load builds the site and compresses its text assets in the background:
// gzip at best compression costs a few hundred milliseconds for the
// vendored libraries and the world map, which the first visitor would
// otherwise wait for.
func load() {
	def = build()
	go func() {
		for _, a := range def.assets {
			if compressible(a.ctype) {
				a.gzOnce.Do(func() { a.gz = gzipBytes(a.data) })
			}
		}
	}()
}

// URL returns the content-hash URL of an asset, e.g. "app.js".
func URL(name string) string {
	once.Do(load)
	if a := def.assets[name]; a != nil {
		return "/static/" + a.hash + "/" + name
	}
	return "/static/missing/" + name
}

func build() *site {
	s := &site{assets: map[string]*asset{}}
	sub, _ := fs.Sub(staticFS, "static")
	_ = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "index.html" {
			return err
		}
		data, err := fs.ReadFile(sub, p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		s.assets[p] = &asset{name: p, data: data, hash: hex.EncodeToString(sum[:8]), ctype: ct}
		return nil
	})
	raw, _ := fs.ReadFile(sub, "index.html")
	t := template.Must(template.New("index").Funcs(template.FuncMap{
		"asset": func(name string) string {
			if a := s.assets[name]; a != nil {
				return "/static/" + a.hash + "/" + name
			}
			panic("web: index.html names a missing asset " + name)
		},
	}).Parse(string(raw)))
	var buf bytes.Buffer
	if err := t.Execute(&buf, nil); err != nil {
		panic("web: index.html: " + err.Error())
	}
	s.index = buf.Bytes()
	sum := sha256.Sum256(s.index)
	s.etag = `"` + hex.EncodeToString(sum[:8]) + `"`
	return s
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/" || r.URL.Path == "/index.html":
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("ETag", s.etag)
		if r.Header.Get("If-None-Match") == s.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(s.index)
	case strings.HasPrefix(r.URL.Path, "/static/"):
		s.serveAsset(w, r)
	default:
		http.NotFound(w, r)
	}
}

// serveAsset serves /static/<hash>/<name>. A stale hash (an old page
// asking after an upgrade) still gets the current file, without the
// long-lived cache header.
func (s *site) serveAsset(w http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.Path, "/static/")
	hash, name, ok := strings.Cut(rest, "/")
	a := s.assets[name]
	if !ok || a == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("ETag", `"`+a.hash+`"`)
	if hash == a.hash {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	if r.Header.Get("If-None-Match") == `"`+a.hash+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Add("Vary", "Accept-Encoding")
	if compressible(a.ctype) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		a.gzOnce.Do(func() { a.gz = gzipBytes(a.data) })
		h.Set("Content-Encoding", "gzip")
		_, _ = w.Write(a.gz)
		return
	}
	_, _ = w.Write(a.data)
}

func compressible(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "javascript") || strings.Contains(ct, "json")
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}
