package sqldb

import (
	"fmt"
	"strings"
)

// net_year is net_month summed per year (YYYY). A network over a date
// range reads whole years from it and whole months from net_month; a year
// mostly covered is read as the year minus the months it does not cover
// (sums subtract exactly), so that any range costs at most a handful of
// blocks of rows, never one per month: on a million events a month is
// about six thousand rows, and twenty of them took 300 ms.
const yearSchema = `
CREATE TABLE net_year (year TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, quad INTEGER NOT NULL,
	hedged INTEGER NOT NULL, dup INTEGER NOT NULL, n BIGINT NOT NULL, gsum DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (year, source, target, quad, hedged, dup));
` + yearFill

const yearFill = `
INSERT INTO net_year (year, source, target, quad, hedged, dup, n, gsum)
	SELECT substr(month, 1, 4), source, target, quad, hedged, dup, sum(n), sum(gsum) FROM net_month
	WHERE month <> '' GROUP BY substr(month, 1, 4), source, target, quad, hedged, dup;
`

// YearSchema is the migration that adds net_year.
func YearSchema() string { return yearSchema }

// monthBlocks covers the whole months lo..hi (YYYY-MM, lo <= hi, both real
// months) with years and months: plus are added, minus subtracted.
func monthBlocks(lo, hi string) (years, plus, minus []string) {
	var y0, m0, y1, m1 int
	fmt.Sscanf(lo, "%d-%d", &y0, &m0)
	fmt.Sscanf(hi, "%d-%d", &y1, &m1)
	for y := y0; y <= y1; y++ {
		a, b := 1, 12
		if y == y0 {
			a = m0
		}
		if y == y1 {
			b = m1
		}
		inside := b - a + 1
		if inside == 12 || 1+12-inside < inside {
			years = append(years, fmt.Sprintf("%04d", y))
			for m := 1; m <= 12; m++ {
				if m < a || m > b {
					minus = append(minus, fmt.Sprintf("%04d-%02d", y, m))
				}
			}
			continue
		}
		for m := a; m <= b; m++ {
			plus = append(plus, fmt.Sprintf("%04d-%02d", y, m))
		}
	}
	return years, plus, minus
}

// blockParts returns the SELECTs (source, target, n, gsum) of the blocks
// covering months lo..hi, filtered by base (the filter without dates).
func blockParts(base func() where, lo, hi string) (parts []string, args []any) {
	years, plus, minus := monthBlocks(lo, hi)
	add := func(table, col, sign string, keys []string) {
		if len(keys) == 0 {
			return
		}
		w := base()
		in := make([]any, len(keys))
		for i, k := range keys {
			in[i] = k
		}
		w.add(col+" IN (?"+strings.Repeat(", ?", len(keys)-1)+")", in...)
		parts = append(parts, `SELECT source, target, `+sign+`n, `+sign+`gsum FROM `+table+w.sql())
		args = append(args, w.args...)
	}
	add("net_year", "year", "", years)
	add("net_month", "month", "", plus)
	add("net_month", "month", "-", minus)
	return parts, args
}
