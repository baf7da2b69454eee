package server

import (
	"sync"
	"time"
)

// cache keeps aggregate answers (timeline, network, map, stats) for a few
// seconds: the page asks the same questions on every filter change, and a
// corpus changes far more slowly than people click. Entries expire after
// ttl, so documents ingested by another process appear soon after.
type cache struct {
	ttl time.Duration
	mu  sync.Mutex
	m   map[string]cacheEntry
}

type cacheEntry struct {
	v   any
	exp time.Time
}

const cacheMax = 512

func newCache(ttl time.Duration) *cache { return &cache{ttl: ttl, m: map[string]cacheEntry{}} }

func (c *cache) get(key string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[key]
	if !ok || time.Now().After(e.exp) {
		return nil, false
	}
	return e.v, true
}

func (c *cache) put(key string, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= cacheMax {
		// Drop expired entries, or everything when all are fresh: a
		// simple bound is enough for a page's handful of queries.
		now := time.Now()
		for k, e := range c.m {
			if now.After(e.exp) {
				delete(c.m, k)
			}
		}
		if len(c.m) >= cacheMax {
			c.m = map[string]cacheEntry{}
		}
	}
	c.m[key] = cacheEntry{v: v, exp: time.Now().Add(c.ttl)}
}

// clear empties the cache after a write through this server.
func (c *cache) clear() {
	c.mu.Lock()
	c.m = map[string]cacheEntry{}
	c.mu.Unlock()
}
