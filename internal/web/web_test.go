package web

import (
	"net/http/httptest"
	"strings"
	"testing"
)

func TestIndexAndAssets(t *testing.T) {
	h := Handler()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if w.Code != 200 || !strings.Contains(w.Body.String(), URL("app.js")) {
		t.Fatalf("index: %d, no hashed app.js URL", w.Code)
	}
	if strings.Contains(w.Body.String(), "http://") || strings.Contains(w.Body.String(), "https://") {
		t.Errorf("index.html refers to another host: the page must work offline")
	}
	etag := w.Header().Get("ETag")
	w = httptest.NewRecorder()
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("If-None-Match", etag)
	h.ServeHTTP(w, r)
	if w.Code != 304 {
		t.Errorf("index with its ETag: %d, want 304", w.Code)
	}
	for _, name := range []string{"app.js", "vendor/d3.min.js", "vendor/cytoscape.min.js", "vendor/topojson-client.min.js", "vendor/countries-50m.json", "style.css"} {
		w = httptest.NewRecorder()
		r = httptest.NewRequest("GET", URL(name), nil)
		r.Header.Set("Accept-Encoding", "gzip")
		h.ServeHTTP(w, r)
		if w.Code != 200 || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") || w.Header().Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: %d %v", name, w.Code, w.Header())
		}
	}
	w = httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/static/0000/app.js", nil))
	if w.Code != 200 || w.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("stale hash: %d %q", w.Code, w.Header().Get("Cache-Control"))
	}
	w = httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/static/x/nope.js", nil))
	if w.Code != 404 {
		t.Errorf("missing asset: %d", w.Code)
	}
}

// No script of ours may put data into the page as HTML.
func TestNoInnerHTML(t *testing.T) {
	Handler()
	for name, a := range def.assets {
		if strings.HasPrefix(name, "vendor/") || !strings.HasSuffix(name, ".js") {
			continue
		}
		for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if strings.Contains(string(a.data), bad) {
				t.Errorf("%s uses %s: set text with textContent", name, bad)
			}
		}
	}
}
