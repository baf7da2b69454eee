package cli

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// feedXML is an RSS feed the team wrote for this test.
const feedXML = `<?xml version="1.0"?><rss version="2.0"><channel><title>Demo wire</title>
<item><title>Convoy stopped</title><link>http://127.0.0.1/a</link><pubDate>Tue, 25 Jul 2023 10:00:00 +0000</pubDate>
<description>A convoy of 19 aid trucks was stopped at the checkpoint on Tuesday, officials in Yerevan said.</description></item>
<item><title>Talks resume</title><link>http://127.0.0.1/b</link><pubDate>Wed, 26 Jul 2023 10:00:00 +0000</pubDate>
<description>Negotiators from both countries met in Brussels on Wednesday to discuss the opening of the road.</description></item>
</channel></rss>`

// TestIngestFeedURL ingests a feed served over HTTP on loopback, and
// reports a URL that fails without stopping the run.
func TestIngestFeedURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(feedXML))
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "feed.db")
	code, _, stderr := run(t, "", "ingest", "--db", db, srv.URL+"/feed.xml", srv.URL+"/missing.xml")
	if !strings.Contains(stderr, "missing.xml") {
		t.Errorf("the failing URL is not reported: %s", stderr)
	}
	if code != 0 {
		t.Errorf("a bad source is reported and skipped, the run succeeds: exit %d", code)
	}
	code, out, stderr := run(t, "", "stats", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, stderr)
	}
	var st struct {
		Documents int `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Documents != 2 {
		t.Fatalf("want 2 documents from the feed, got %+v (%v): %s", st, err, out)
	}
}
