package lexicon

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// table is one parsed data file. Files start with "#" comment lines that
// name their content and sources, then a header row of column names, then
// tab-separated rows. Lists inside a cell are separated by "|".
type table struct {
	file string
	cols map[string]int
	rows [][]string
	line []int // source line of each row, for error messages
}

func readTable(file string, want ...string) (*table, error) {
	b, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		return nil, err
	}
	t := &table{file: file, cols: map[string]int{}}
	header := false
	for i, ln := range strings.Split(string(b), "\n") {
		ln = strings.TrimRight(ln, "\r")
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		f := strings.Split(ln, "\t")
		if !header {
			header = true
			for j, c := range f {
				t.cols[c] = j
			}
			for _, c := range want {
				if _, ok := t.cols[c]; !ok {
					return nil, fmt.Errorf("%s: header lacks column %q", file, c)
				}
			}
			if len(f) != len(want) {
				return nil, fmt.Errorf("%s: header has %d columns, want %d", file, len(f), len(want))
			}
			continue
		}
		if len(f) != len(t.cols) {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", file, i+1, len(f), len(t.cols))
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		t.rows = append(t.rows, f)
		t.line = append(t.line, i+1)
	}
	if !header {
		return nil, fmt.Errorf("%s: no header row", file)
	}
	return t, nil
}

// get returns column c of row r.
func (t *table) get(r int, c string) string { return t.rows[r][t.cols[c]] }

// list splits a "|"-separated cell, dropping empty items.
func (t *table) list(r int, c string) []string {
	var out []string
	for _, s := range strings.Split(t.get(r, c), "|") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (t *table) errf(r int, format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", t.file, t.line[r], fmt.Sprintf(format, a...))
}

// coord parses an optional coordinate pair; empty cells give 0,0.
func (t *table) coord(r int, latCol, lonCol string) (float64, float64, error) {
	la, lo := t.get(r, latCol), t.get(r, lonCol)
	if la == "" && lo == "" {
		return 0, 0, nil
	}
	lat, err1 := strconv.ParseFloat(la, 64)
	lon, err2 := strconv.ParseFloat(lo, 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return 0, 0, t.errf(r, "bad coordinates %q,%q", la, lo)
	}
	return lat, lon, nil
}

// date checks an optional YYYY-MM-DD cell.
func (t *table) date(r int, c string) (string, error) {
	s := t.get(r, c)
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", t.errf(r, "bad date %q in %s", s, c)
	}
	return s, nil
}

func isISO3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isCode reports whether s looks like a CAMEO actor code: upper-case
// letters in whole three-letter segments.
func isCode(s string) bool {
	if s == "" || len(s)%3 != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
