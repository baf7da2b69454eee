package server

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b), res.Header
}

func TestAPI(t *testing.T) {
	ts := newTestServer(t, Options{})
	tests := []struct {
		path   string
		status int
		want   []string // substrings of the body
		not    []string
	}{
		{"/v1/stats", 200, []string{`"documents":3`}, nil},
		{"/v1/documents", 200, []string{`"id":"a1"`, `"id":"c3"`, `"more":false`}, nil},
		{"/v1/documents?limit=1", 200, []string{`"id":"a1"`, `"more":true`}, []string{`"id":"b2"`}},
		{"/v1/documents?limit=1&offset=1", 200, []string{`"id":"b2"`, `"offset":1`}, nil},
		{"/v1/documents?outlet=Desk+Two", 200, []string{`"id":"b2"`}, []string{`"id":"a1"`}},
		{"/v1/documents?from=2023-09-01&to=2023-09-25", 200, []string{`"id":"b2"`}, []string{`"id":"a1"`, `"id":"c3"`}},
		{"/v1/documents/a1", 200, []string{`"schema":"sitrep.document/v1"`, `"code":"191"`, `"text":"Azerbaijan set up`}, nil},
		{"/v1/documents/nope", 404, []string{`"status":404`}, nil},
		{"/v1/events", 200, []string{`"code":"191"`, `"code":"036"`}, nil},
		{"/v1/events?actor=ARM", 200, []string{`"code":"111"`, `"code":"191"`}, nil},
		{"/v1/events?dyad=AZE:ARMCVL", 200, []string{`"code":"191"`, `"code":"036"`}, []string{`"code":"111"`}},
		{"/v1/events?root=19", 200, []string{`"code":"191"`}, []string{`"code":"036"`}},
		{"/v1/events?code=036", 200, []string{`"code":"036"`}, []string{`"code":"191"`}},
		{"/v1/events?quad=3", 200, []string{`"code":"111"`}, []string{`"code":"191"`}},
		{"/v1/events?plover=protest", 200, []string{`"code":"191"`}, nil},
		{"/v1/events?context=humanitarian", 200, []string{`"code":"191"`, `"plover_context":["humanitarian","territory"]`},
			[]string{`"code":"036"`, `"code":"111"`}},
		{"/v1/events?context=Humanitarian&location=lachin&from=2023-04-01&to=2023-04-30", 200, []string{`"code":"191"`}, []string{`"code":"036"`}},
		{"/v1/events?context=humanitarian&from=2023-09-01", 200, []string{`"items":[]`}, nil},
		{"/v1/events?code=111", 200, []string{`"plover_context":[]`}, nil},
		{"/v1/timeline?context=diplomatic", 200, []string{`"bucket":"2023-09-20"`}, []string{`2023-04-23`}},
		{"/v1/network?context=territory", 200, []string{`"source":"AZE","target":"ARMCVL","count":1`}, []string{`"ARM","target"`}},
		{"/v1/map?context=diplomatic", 200, []string{`"location":"Yevlakh"`}, []string{`Lachin`}},
		{"/v1/events?from=2023-09-01", 200, []string{`"code":"036"`}, []string{`"code":"191"`}},
		{"/v1/events?location=lachin", 200, []string{`"code":"191"`}, []string{`"code":"036"`}},
		{"/v1/events?doc=b2", 200, []string{`"code":"036"`}, []string{`"code":"191"`}},
		{"/v1/events?outlet=Desk+Two", 200, []string{`"code":"036"`}, []string{`"code":"191"`}},
		{"/v1/events?reporter=Nobody", 200, []string{`"items":[]`}, nil},
		{"/v1/events?limit=1", 200, []string{`"more":true`}, nil},
		{"/v1/timeline", 200, []string{`"bucket":"2023-04-23"`, `"bucket":"day"`}, nil},
		{"/v1/timeline?bucket=week", 200, []string{`"bucket":"2023-04-17"`}, nil},
		{"/v1/timeline?outlet=Desk+One", 200, []string{`"bucket":"2023-04-23"`}, []string{`2023-09-20`}},
		{"/v1/network", 200, []string{`"source":"AZE","target":"ARMCVL","count":2`, `"id":"AZE"`}, nil},
		{"/v1/network?outlet=Desk+Two", 200, []string{`"count":1`}, []string{`"ARM","target"`}},
		{"/v1/map", 200, []string{`"location":"Lachin corridor"`, `"location":"Yevlakh"`, `"no_location":1`}, nil},
		{"/v1/map?quad=1", 200, []string{`"location":"Yevlakh"`}, []string{`Lachin`}},
		{"/v1/actors", 200, []string{`"actor":"AZE"`}, nil},
		{"/v1/actors?type=per", 200, []string{`"actor":"ARMCVL"`}, []string{`"actor":"AZE"`}},
		{"/v1/quotes", 200, []string{`"speaker":"Dana Expert"`}, nil},
		{"/v1/quotes?speaker=dana", 200, []string{`"kind":"answer"`}, []string{`"kind":"question"`}},
		{"/v1/figures", 200, []string{`"category":"killed"`, `"claimed_by":{"by":"Karabakh ombudsman","how":"attribution"}`,
			`"claimed_by":{"by":"Dana Expert","how":"quote"}`}, nil},
		{"/v1/figures?category=displaced", 200, []string{`"value":100000`}, []string{`"killed"`}},
		{"/v1/search?q=checkpoint", 200, []string{`"id":"a1"`}, []string{`"id":"b2"`}},
		{"/v1/openapi.json", 200, []string{`"openapi": "3.0.3"`}, nil},
		{"/", 200, []string{"<title>sitrep</title>", "/static/"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			status, body, _ := get(t, ts.URL+tc.path)
			if status != tc.status {
				t.Fatalf("status %d, want %d; body %s", status, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %s:\n%s", w, body)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(body, w) {
					t.Errorf("body has %s:\n%s", w, body)
				}
			}
		})
	}
}

func TestBadParams(t *testing.T) {
	ts := newTestServer(t, Options{})
	tests := []struct {
		path, param, msg string
	}{
		{"/v1/events?acter=AZE", "acter", "unknown parameter"},
		{"/v1/events?actor=az", "actor", "not a CAMEO actor code"},
		{"/v1/events?actor=AZE&actor=ARM", "actor", "given 2 times"},
		{"/v1/events?dyad=AZE", "dyad", "SOURCE:TARGET"},
		{"/v1/events?dyad=AZE:ARM&source=AZE", "dyad", "without source or target"},
		{"/v1/events?code=19x", "code", "not a CAMEO event code"},
		{"/v1/events?root=191", "root", "not a CAMEO root"},
		{"/v1/events?code=191&root=04", "root", "not under root 04"},
		{"/v1/events?quad=5", "quad", "want 1-4"},
		{"/v1/events?plover=<b>", "plover", "unknown PLOVER event type"},
		{"/v1/events?context=corridor", "context", "unknown PLOVER context (want one of agriculture"},
		{"/v1/timeline?context=aid", "context", "unknown PLOVER context"},
		{"/v1/events?context=humanitarian&context=legal", "context", "given 2 times"},
		{"/v1/events?from=2023-02-30", "from", "not a calendar date"},
		{"/v1/events?from=2023-09-01&to=2023-01-01", "from", "after to"},
		{"/v1/events?limit=0", "limit", "from 1 to 1000"},
		{"/v1/events?limit=100000", "limit", "from 1 to 1000"},
		{"/v1/events?offset=-1", "offset", "from 0"},
		{"/v1/events?include_negated=maybe", "include_negated", "true or false"},
		{"/v1/events?location=" + strings.Repeat("x", 300), "location", "longer than"},
		{"/v1/timeline?bucket=month", "bucket", "not one of day, week"},
		{"/v1/network?limit=5000", "limit", "from 1 to 2000"},
		{"/v1/map?limit=5", "limit", "unknown parameter"},
		{"/v1/documents?from=yesterday", "from", "not a date"},
		{"/v1/documents/a1?x=1", "x", "unknown parameter"},
		{"/v1/actors?type=CITY", "type", "not an entity type"},
		{"/v1/quotes?offset=x", "offset", "whole number"},
		{"/v1/figures?category=happy", "category", "not one of"},
		{"/v1/search", "q", "missing"},
		{"/v1/search?q=x&limit=abc", "limit", "whole number"},
		{"/v1/stats?verbose=1", "verbose", "unknown parameter"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			status, body, h := get(t, ts.URL+tc.path)
			if status != 400 {
				t.Fatalf("status %d, want 400; body %s", status, body)
			}
			if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want JSON", ct)
			}
			var e apiError
			if err := json.Unmarshal([]byte(body), &e); err != nil {
				t.Fatalf("body is not a JSON error: %v\n%s", err, body)
			}
			if e.Error.Param != tc.param || !strings.Contains(e.Error.Message, tc.msg) {
				t.Errorf("error %+v, want param %q and a message with %q", e.Error, tc.param, tc.msg)
			}
		})
	}
}
