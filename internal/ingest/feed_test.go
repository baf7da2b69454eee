package ingest

import (
	"strings"
	"testing"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Ministers meet at the border</title>
    <link>https://gazette.example/a/1</link>
    <pubDate>Tue, 05 Mar 2024 23:30:00 -0300</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The foreign ministers of Norland and Sudria met on Tuesday at the border crossing.</p>
<p>They agreed to reopen the road &amp; the rail link.</p>]]></content:encoded>
  </item>
  <item>
    <title>Floods</title>
    <link>https://gazette.example/a/2</link>
    <pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
    <description>Floods displaced 3,000 people in the delta, officials said.</description>
  </item>
  <item><title>Photo only</title></item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire Desk</title>
  <entry>
    <title>Talks stall</title>
    <link href="https://wire.example/talks"/>
    <updated>2024-02-01T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Negotiators left the capital without a deal, a spokesman said.&lt;/p&gt;</content>
  </entry>
</feed>`

const jsonFeed = `{"version": "https://jsonfeed.org/version/1.1", "title": "Relief Notes",
 "items": [{"id": "1", "url": "https://relief.example/1", "title": "Convoy",
  "content_text": "An aid convoy of 40 trucks reached the town.", "date_published": "2024-01-09T22:15:00-05:00"}]}`

func TestFeed(t *testing.T) {
	cases := []struct {
		name, data string
		want       []struct{ text, title, url, published, outlet string }
	}{
		{"rss", rssFeed, []struct{ text, title, url, published, outlet string }{
			{"The foreign ministers of Norland and Sudria met on Tuesday at the border crossing.\n\nThey agreed to reopen the road & the rail link.",
				"Ministers meet at the border", "https://gazette.example/a/1", "2024-03-06", "Harbour Gazette"},
			{"Floods displaced 3,000 people in the delta, officials said.", "Floods", "https://gazette.example/a/2", "2024-03-06", "Harbour Gazette"},
		}},
		{"atom", atomFeed, []struct{ text, title, url, published, outlet string }{
			{"Negotiators left the capital without a deal, a spokesman said.", "Talks stall", "https://wire.example/talks", "2024-02-01", "Wire Desk"},
		}},
		{"json", jsonFeed, []struct{ text, title, url, published, outlet string }{
			{"An aid convoy of 40 trucks reached the town.", "Convoy", "https://relief.example/1", "2024-01-10", "Relief Notes"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !IsFeed([]byte(c.data)) {
				t.Fatal("IsFeed = false")
			}
			docs, err := Feed(c.name, []byte(c.data))
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(c.want) {
				t.Fatalf("got %d docs, want %d", len(docs), len(c.want))
			}
			for i, w := range c.want {
				d := docs[i]
				got := []string{d.Text, d.Meta.Title, d.Meta.URL, d.Meta.Published, d.Meta.Outlet}
				want := []string{w.text, w.title, w.url, w.published, w.outlet}
				for j := range got {
					if got[j] != want[j] {
						t.Errorf("doc %d field %d = %q, want %q", i, j, got[j], want[j])
					}
				}
				if d.ID == "" {
					t.Errorf("doc %d has no id", i)
				}
			}
		})
	}
}

func TestFeedOffsetMap(t *testing.T) {
	docs, err := Feed("rss", []byte(rssFeed))
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Source == nil || d.Source.Kind != "feed" {
		t.Fatalf("source map = %+v, want kind feed", d.Source)
	}
	// "Sudria" maps back into the item's HTML content.
	i := strings.Index(d.Text, "Sudria")
	raw := `<p>The foreign ministers of Norland and Sudria met`
	if r := d.Source.Raw(i); r != strings.Index(raw, "Sudria") {
		t.Errorf("Raw(%d) = %d, want %d", i, r, strings.Index(raw, "Sudria"))
	}
}

func TestFeedErrors(t *testing.T) {
	cases := []struct{ name, data, want string }{
		{"plain.txt", "Just some text, not a feed.", "read feed plain.txt: not an RSS, Atom or JSON feed"},
		{"html.html", "<html><body><p>x</p></body></html>", "not an RSS, Atom or JSON feed"},
		{"broken.xml", `<rss version="2.0"><channel><title>T</title><item><title>x</item></channel>`, "read feed broken.xml: malformed RSS feed"},
		{"empty.xml", `<rss version="2.0"><channel><title>T</title><item><title>a</title></item></channel></rss>`, "none of its 1 items has any text"},
		{"jsonl.json", `{"id":"1","text":"a record"}`, "not an RSS, Atom or JSON feed"},
	}
	for _, c := range cases {
		_, err := Feed(c.name, []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
}

func TestIsFeed(t *testing.T) {
	cases := []struct {
		data string
		want bool
	}{
		{rssFeed, true},
		{atomFeed, true},
		{jsonFeed, true},
		{"\ufeff  <rss version=\"2.0\"><channel></channel></rss>", true},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>`, true},
		{"<html><body>hi</body></html>", false},
		{`{"text": "a JSON Lines record"}`, false},
		{"", false},
		{"WARC/1.1\r\n", false},
	}
	for _, c := range cases {
		if got := IsFeed([]byte(c.data)); got != c.want {
			t.Errorf("IsFeed(%.30q) = %v, want %v", c.data, got, c.want)
		}
	}
}

func FuzzFeed(f *testing.F) {
	for _, s := range []string{rssFeed, atomFeed, jsonFeed, "<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Feed("fuzz", data)
		if err != nil {
			return
		}
		for _, d := range docs {
			if d.Text == "" || d.ID == "" {
				t.Fatalf("empty doc from feed: %+v", d)
			}
		}
	})
}

func BenchmarkFeed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>`)
	for i := 0; i < 50; i++ {
		sb.WriteString(`<item><title>Item</title><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[`)
		for j := 0; j < 8; j++ {
			sb.WriteString("<p>The envoy said on Monday that the two sides had agreed to a ceasefire along the river, and that monitors would arrive within days.</p>")
		}
		sb.WriteString(`]]></content:encoded></item>`)
	}
	sb.WriteString(`</channel></rss>`)
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Feed("bench", data); err != nil {
			b.Fatal(err)
		}
	}
}
