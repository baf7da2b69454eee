package fetch

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"sitrep/internal/errs"
)

// newServer listens on 127.0.0.1 only, never on a public interface.
func newServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.1: %v", err)
	}
	s := &httptest.Server{Listener: l, Config: &http.Server{Handler: h}}
	s.Start()
	t.Cleanup(s.Close)
	return s
}

func TestGet(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("GET /feed", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		w.Write([]byte("<rss></rss>"))
	})
	mux.HandleFunc("GET /moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feed", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2000)))
	})
	mux.HandleFunc("GET /bigannounced", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5000")
		w.Write([]byte(strings.Repeat("x", 5000)))
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("GET /error", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	s := newServer(t, mux)
	c := &Client{Timeout: 300 * time.Millisecond, MaxBytes: 1000, UserAgent: "sitrep-test"}
	ctx := context.Background()

	body, err := c.Get(ctx, s.URL+"/feed")
	if err != nil || string(body) != "<rss></rss>" {
		t.Fatalf("Get /feed = %q, %v", body, err)
	}
	if gotUA != "sitrep-test" {
		t.Errorf("User-Agent = %q", gotUA)
	}
	if body, err := c.Get(ctx, s.URL+"/moved"); err != nil || string(body) != "<rss></rss>" {
		t.Errorf("redirect: %q, %v", body, err)
	}

	cases := []struct {
		path string
		kind errs.Kind
		want string
	}{
		{"/missing", errs.NotExist, "HTTP status 404"},
		{"/error", errs.IO, "HTTP status 500"},
		{"/big", errs.TooLarge, "over the 1000 byte limit"},
		{"/bigannounced", errs.TooLarge, "5000 bytes announced"},
		{"/slow", errs.IO, "within 300ms"},
		{"/loop", errs.IO, "redirects"},
	}
	for _, tc := range cases {
		_, err := c.Get(ctx, s.URL+tc.path)
		if err == nil || errs.KindOf(err) != tc.kind || !strings.Contains(err.Error(), tc.want) ||
			!strings.Contains(err.Error(), s.URL+tc.path) {
			t.Errorf("%s: error %v (kind %d), want kind %d containing %q and the URL", tc.path, err, errs.KindOf(err), tc.kind, tc.want)
		}
	}
}

func TestGetBadURL(t *testing.T) {
	for _, u := range []string{"ftp://x/y", "file:///etc/passwd", "http://", "::"} {
		_, err := (&Client{}).Get(context.Background(), u)
		if errs.KindOf(err) != errs.Usage {
			t.Errorf("%q: error %v, want a usage error", u, err)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"http://a.b/c": true, "https://a": true, "feed.xml": false, "./http:x": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}
