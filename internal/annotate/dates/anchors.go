package dates

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed anchors.tsv
var anchorsTSV string

type anchor struct {
	words []string
	date  Date
}

var (
	anchorOnce sync.Once
	anchorList []anchor // longest phrase first
)

func loadAnchors() {
	for _, line := range strings.Split(anchorsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		phrase, value, ok := strings.Cut(line, "\t")
		d, okd := ParseISO(strings.TrimSpace(value))
		if !ok || !okd {
			panic("dates: bad anchors.tsv line: " + line)
		}
		anchorList = append(anchorList, anchor{strings.Fields(phrase), d})
	}
	// Longest first so that "russian war in ukraine" wins over "war in ukraine".
	for i := 1; i < len(anchorList); i++ {
		for j := i; j > 0 && len(anchorList[j].words) > len(anchorList[j-1].words); j-- {
			anchorList[j], anchorList[j-1] = anchorList[j-1], anchorList[j]
		}
	}
}

// anchorPreps introduce an event used as a time reference.
var anchorPreps = map[string]bool{"since": true, "after": true, "before": true, "until": true, "following": true, "from": true}

var anchorHeads = map[string]bool{"beginning": true, "start": true, "outbreak": true, "onset": true, "end": true, "eve": true}

// matchAnchor reads "since [the beginning of] the Russian war in Ukraine"
// at token i and returns the date and the number of tokens.
func (m *matcher) matchAnchor(i int) (Date, int) {
	if !anchorPreps[m.w(i)] {
		return Date{}, 0
	}
	anchorOnce.Do(loadAnchors)
	j := i + 1
	if m.w(j) == "the" && anchorHeads[m.w(j+1)] && m.w(j+2) == "of" {
		if m.w(j+1) == "end" || m.w(j+1) == "eve" {
			return Date{}, 0 // the end of a war is another date
		}
		j += 3
	}
	if m.w(j) == "the" {
		j++
	}
	for _, a := range anchorList {
		ok := true
		for k, w := range a.words {
			if m.w(j+k) != w {
				ok = false
				break
			}
		}
		if ok && (m.ref.IsZero() || !after(a.date, m.ref)) {
			return a.date, j + len(a.words) - i
		}
	}
	return Date{}, 0
}
