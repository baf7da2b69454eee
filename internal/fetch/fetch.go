// Package fetch downloads feeds and pages over HTTP for ingest. It is kept
// apart from package ingest so that parsing stays free of network I/O and
// can be tested, fuzzed and benchmarked on bytes alone.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"sitrep/internal/errs"
)

// Defaults, chosen so that one slow or hostile server cannot stall or
// exhaust an ingest run.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxBytes  = 16 << 20
	DefaultUserAgent = "sitrep/1 (news analysis)"
	maxRedirects     = 5
)

// Client fetches URLs with a timeout, a size limit and a User-Agent.
// The zero value is ready to use with the defaults.
type Client struct {
	HTTP      *http.Client  // nil: a client with Timeout and a redirect limit
	Timeout   time.Duration // whole request, headers and body; 0 = DefaultTimeout
	MaxBytes  int64         // body limit; 0 = DefaultMaxBytes
	UserAgent string        // "" = DefaultUserAgent
}

// IsURL reports whether s names an http or https URL, so the CLI can tell
// URLs from file names.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Get fetches rawURL and returns its body. Errors name the URL: a bad URL
// is errs.Usage, a non-200 status errs.NotExist (404, 410) or errs.IO, a
// body over the limit errs.TooLarge, a timeout errs.IO.
func (c *Client) Get(ctx context.Context, rawURL string) ([]byte, error) {
	op := "fetch " + rawURL
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errs.Ef(op, errs.Usage, "not an http(s) URL")
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errs.E(op, errs.Usage, err)
	}
	ua := c.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	resp, err := c.client().Do(req)
	if err != nil {
		if isTimeout(err) {
			return nil, errs.Ef(op, errs.IO, "no answer within %s", c.timeout())
		}
		return nil, errs.E(op, errs.IO, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		kind := errs.IO
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			kind = errs.NotExist
		}
		return nil, errs.Ef(op, kind, "HTTP status %s", resp.Status)
	}
	max := c.maxBytes()
	if resp.ContentLength > max {
		return nil, errs.Ef(op, errs.TooLarge, "%d bytes announced, over the %d byte limit", resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		if isTimeout(err) || ctx.Err() != nil {
			return nil, errs.Ef(op, errs.IO, "body not read within %s", c.timeout())
		}
		return nil, errs.E(op, errs.IO, err)
	}
	if int64(len(body)) > max {
		return nil, errs.Ef(op, errs.TooLarge, "body over the %d byte limit", max)
	}
	return body, nil
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

func (c *Client) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return DefaultTimeout
}

func (c *Client) maxBytes() int64 {
	if c.MaxBytes > 0 {
		return c.MaxBytes
	}
	return DefaultMaxBytes
}

func (c *Client) client() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return &http.Client{
		Timeout: c.timeout(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			return nil
		},
	}
}
