package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"sitrep/internal/doc"
)

// warcRecord renders one WARC/1.1 record by hand, so the test does not
// trust the library it tests to write what it reads.
func warcRecord(n int, typ, uri, date, block string) []byte {
	ct := "application/http; msgtype=" + typ
	if typ == "warcinfo" {
		ct = "application/warc-fields"
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", typ, n)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", date, ct, len(block), block)
	return b.Bytes()
}

func httpResponse(status, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

const warcPage = `<!DOCTYPE html><html><head><title>Ceasefire holds</title></head><body>
<nav>Home | World</nav><article><h1>Ceasefire holds</h1>
<p>The ceasefire between Norland and Sudria held for a third day on Sunday, monitors said.</p>
<p>Aid agencies reported that 12 trucks crossed the river at dawn.</p></article></body></html>`

// testWARC builds a small crawl: one article, a plain-text page, a page in
// Latin-1 and five records that must be skipped.
func testWARC(gz bool) []byte {
	latin1 := "<html><body><p>Le ministre a d\xe9clar\xe9 que les pourparlers reprendront lundi.</p></body></html>"
	recs := [][]byte{
		warcRecord(1, "warcinfo", "", "2024-05-01T00:00:00Z", "software: test\r\n"),
		warcRecord(2, "request", "https://news.example/a", "2024-05-01T10:00:00Z", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRecord(3, "response", "https://news.example/a", "2024-05-01T10:00:01Z", httpResponse("200 OK", "text/html; charset=utf-8", warcPage)),
		warcRecord(4, "response", "https://news.example/gone", "2024-05-01T10:00:02Z", httpResponse("404 Not Found", "text/html", "<p>not here</p>")),
		warcRecord(5, "response", "https://news.example/logo.png", "2024-05-01T10:00:03Z", httpResponse("200 OK", "image/png", "\x89PNG\r\n")),
		warcRecord(6, "response", "https://news.example/b.txt", "2024-05-02T23:59:59Z", httpResponse("200 OK", "text/plain", "Talks resumed in the capital on Thursday.")),
		warcRecord(7, "response", "https://news.example/moved", "2024-05-01T10:00:05Z", httpResponse("301 Moved Permanently", "text/html", "")),
		warcRecord(8, "response", "https://news.example/fr", "2024-05-03T08:00:00Z", httpResponse("200 OK", "text/html; charset=iso-8859-1", latin1)),
		warcRecord(9, "metadata", "https://news.example/a", "2024-05-01T10:00:06Z", "fetchTimeMs: 12\r\n"),
	}
	var out bytes.Buffer
	for _, r := range recs {
		if !gz {
			out.Write(r)
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

func TestWARC(t *testing.T) {
	for _, gz := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := testWARC(gz)
			if !IsWARC(data) {
				t.Fatal("IsWARC = false")
			}
			var got []*doc.Doc
			err := WARC("crawl.warc", bytes.NewReader(data), func(d *doc.Doc) error {
				got = append(got, d)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := []struct{ url, published, start string }{
				{"https://news.example/a", "2024-05-01", "The ceasefire between Norland and Sudria held"},
				{"https://news.example/b.txt", "2024-05-02", "Talks resumed in the capital on Thursday."},
				{"https://news.example/fr", "2024-05-03", "Le ministre a déclaré"},
			}
			if len(got) != len(want) {
				t.Fatalf("got %d docs, want %d", len(got), len(want))
			}
			for i, w := range want {
				d := got[i]
				if d.Meta.URL != w.url || d.Meta.Published != w.published || !strings.HasPrefix(d.Text, w.start) {
					t.Errorf("doc %d = %q %q %.40q, want %q %q %q", i, d.Meta.URL, d.Meta.Published, d.Text, w.url, w.published, w.start)
				}
			}
			if !strings.Contains(got[0].Text, "12 trucks crossed the river") || strings.Contains(got[0].Text, "Home | World") {
				t.Errorf("article text = %q", got[0].Text)
			}
		})
	}
}

func TestWARCErrors(t *testing.T) {
	data := testWARC(true)
	// Cut the file 40 bytes into the fourth record's gzip member.
	members := 0
	cut := 0
	for i := 0; i+1 < len(data) && members < 4; i++ {
		if data[i] == 0x1f && data[i+1] == 0x8b && data[i+2] == 8 {
			members++
			cut = i
		}
	}
	err := WARC("cut.warc.gz", bytes.NewReader(data[:cut+40]), func(*doc.Doc) error { return nil })
	if want := fmt.Sprintf("read WARC cut.warc.gz: record 4 at byte %d: ", cut); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("truncated file: error %v, want prefix %q", err, want)
	}
	stop := fmt.Errorf("stop")
	if err := WARC("x", bytes.NewReader(data), func(*doc.Doc) error { return stop }); err != stop {
		t.Errorf("callback error not returned as is: %v", err)
	}
	if err := WARC("empty", bytes.NewReader(nil), func(*doc.Doc) error { return nil }); err != nil {
		t.Errorf("empty input: %v", err)
	}
}

func TestIsWARC(t *testing.T) {
	var gzText bytes.Buffer
	zw := gzip.NewWriter(&gzText)
	zw.Write([]byte(`{"id":"1"}`))
	zw.Close()
	cases := []struct {
		data []byte
		want bool
	}{
		{testWARC(true), true},
		{testWARC(false), true},
		{gzText.Bytes(), false},
		{[]byte("<rss></rss>"), false},
		{[]byte("WARC"), false},
		{[]byte{0x1f, 0x8b, 0}, false},
	}
	for i, c := range cases {
		if got := IsWARC(c.data); got != c.want {
			t.Errorf("case %d: IsWARC = %v, want %v", i, got, c.want)
		}
	}
}

func FuzzWARC(f *testing.F) {
	f.Add(testWARC(true))
	f.Add(testWARC(false))
	f.Add(warcRecord(1, "response", "u", "2024-01-01T00:00:00Z", httpResponse("200 OK", "text/plain", "x")))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		WARC("fuzz", bytes.NewReader(data), func(d *doc.Doc) error {
			if d.Text == "" {
				t.Fatal("empty document")
			}
			n++
			return nil
		})
		IsWARC(data)
	})
}

func BenchmarkWARC(b *testing.B) {
	var data []byte
	page := httpResponse("200 OK", "text/html", strings.Repeat(warcPage, 4))
	for i := 0; i < 50; i++ {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(warcRecord(i, "response", fmt.Sprintf("https://news.example/%d", i), "2024-05-01T10:00:00Z", page))
		zw.Close()
		data = append(data, buf.Bytes()...)
	}
	b.SetBytes(int64(50 * len(page)))
	for b.Loop() {
		if err := WARC("bench", bytes.NewReader(data), func(*doc.Doc) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
