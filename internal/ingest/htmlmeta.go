package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

// dateMeta names the <meta> tags that carry a page's publication date.
var dateMeta = map[string]bool{"article:published_time": true, "datepublished": true, "pubdate": true,
	"publishdate": true, "date": true, "dc.date.issued": true, "dc.date": true, "og:published_time": true,
	"sailthru.date": true, "parsely-pub-date": true}

// metaPublished finds a publication date in the page's <meta> tags when
// readability found none: many news sites put it only there. The calendar
// date is taken as written (the site's local day).
func metaPublished(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "meta" {
		var key, content string
		for _, a := range n.Attr {
			switch strings.ToLower(a.Key) {
			case "property", "name", "itemprop":
				if dateMeta[strings.ToLower(a.Val)] {
					key = a.Val
				}
			case "content":
				content = a.Val
			}
		}
		if key != "" {
			if d := normDate(content); d != "" {
				return d
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if d := metaPublished(c); d != "" {
			return d
		}
	}
	return ""
}
