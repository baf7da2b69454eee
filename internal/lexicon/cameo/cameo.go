// Package cameo holds the CAMEO event-code table as versioned data: each
// code's name, Goldstein value, QuadClass and its PLOVER event, mode and
// context. The table (data/codes.tsv) is built from the reference files
// in ../shared/bench/codebooks; its header names the sources and the
// CC BY-SA 4.0 licence of the PLOVER columns.
package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Version identifies the table; it changes whenever codes.tsv changes.
const Version = "cameo-table/v1"

//go:embed data/codes.tsv
var codesTSV string

// Code is one CAMEO event code with its derived values.
type Code struct {
	Code      string // "191"
	Root      string // "19"
	Name      string
	Goldstein float64
	Quad      int    // GDELT QuadClass 1-4
	Plover    string // PLOVER event type, "" for roots 01-02
	Mode      string
	Context   []string
}

var (
	once  sync.Once
	table map[string]*Code
	err   error
)

// Lookup returns the entry for code, or nil when it is not a CAMEO code.
func Lookup(code string) *Code {
	once.Do(func() { table, err = parse(codesTSV) })
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return table[code]
}

// Quad is GDELT's QuadClass of a root: 01-05 verbal cooperation, 06-08
// material cooperation, 09-13 verbal conflict, 14-20 material conflict.
func Quad(root string) int {
	r, e := strconv.Atoi(root)
	switch {
	case e != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	}
	return 4
}

func parse(src string) (map[string]*Code, error) {
	out := map[string]*Code{}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("cameo: codes.tsv:%d: want 6 columns, got %d", n+1, len(f))
		}
		g, e := strconv.ParseFloat(f[2], 64)
		if e != nil {
			return nil, fmt.Errorf("cameo: codes.tsv:%d: Goldstein %q: %v", n+1, f[2], e)
		}
		c := &Code{Code: f[0], Root: f[0][:2], Name: f[1], Goldstein: g, Quad: Quad(f[0][:2]),
			Plover: f[3], Mode: f[4]}
		for _, x := range strings.Split(f[5], ";") {
			if x = strings.TrimSpace(x); x != "" {
				c.Context = append(c.Context, x)
			}
		}
		out[c.Code] = c
	}
	return out, nil
}
