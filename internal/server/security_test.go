package server

import (
	"net/http"
	"strings"
	"testing"
)

func do(t *testing.T, method, url, token, body string) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := res.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return res.StatusCode, b.String(), res.Header
}

func TestReadOnlyByDefault(t *testing.T) {
	ts := newTestServer(t, Options{})
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
		status, body, _ := do(t, m, ts.URL+"/v1/documents", "", `{"text":"x"}`)
		if status != 405 || !strings.Contains(body, "read-only") {
			t.Errorf("%s /v1/documents: %d %s, want 405 read-only", m, status, body)
		}
	}
	_, _, h := do(t, "GET", ts.URL+"/v1/stats", "", "")
	if h.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS header sent by default")
	}
	if !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("no CSP: %q", h.Get("Content-Security-Policy"))
	}
	status, body, _ := do(t, "GET", ts.URL+"/v1/nothing", "", "")
	if status != 404 || !strings.Contains(body, `"status":404`) {
		t.Errorf("unknown endpoint: %d %s", status, body)
	}
}

func TestCORSWhenAsked(t *testing.T) {
	ts := newTestServer(t, Options{CORSOrigin: "https://example.org"})
	_, _, h := do(t, "GET", ts.URL+"/v1/stats", "", "")
	if h.Get("Access-Control-Allow-Origin") != "https://example.org" {
		t.Errorf("CORS origin %q", h.Get("Access-Control-Allow-Origin"))
	}
	status, _, _ := do(t, "OPTIONS", ts.URL+"/v1/events", "", "")
	if status != 204 {
		t.Errorf("preflight: %d", status)
	}
}

func TestIngest(t *testing.T) {
	const token = "0123456789abcdef"
	ts := newTestServer(t, Options{AllowIngest: true, Token: token, MaxBody: 4096, Analyze: testAnalyzer})
	tests := []struct {
		name, token, body string
		status            int
		want              string
	}{
		{"no token", "", `{"text":"Armenia and Azerbaijan met."}`, 401, "bearer token"},
		{"wrong token", "nope", `{"text":"Armenia and Azerbaijan met."}`, 401, "bearer token"},
		{"not JSON", token, `text`, 400, "not a JSON document record"},
		{"unknown field", token, `{"txt":"x"}`, 400, "unknown field"},
		{"no text", token, `{"outlet":"x"}`, 400, "neither"},
		{"bad date", token, `{"text":"x y z","published":"17/08/2023"}`, 400, "not YYYY-MM-DD"},
		{"too large", token, `{"text":"` + strings.Repeat("a", 5000) + `"}`, 413, "over the limit"},
		{"ok", token, `{"id":"new1","text":"Armenia and Azerbaijan met in Brussels.","published":"2023-05-14"}`, 201, `"id":"new1"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body, _ := do(t, "POST", ts.URL+"/v1/documents", tc.token, tc.body)
			if status != tc.status || !strings.Contains(body, tc.want) {
				t.Errorf("%d %s, want %d with %q", status, body, tc.status, tc.want)
			}
		})
	}
	if _, body, _ := get(t, ts.URL+"/v1/documents/new1"); !strings.Contains(body, "Brussels") {
		t.Errorf("posted document not stored: %s", body)
	}
}
