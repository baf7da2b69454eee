// Package tone holds sitrep's tone lexicon (words.txt, embedded): words
// that make news about conflict and diplomacy read negative ("blockade",
// "massacre", "inhuman") or positive ("peace", "agreement",
// "de-escalate"). It was written for sitrep, not copied from a sentiment
// lexicon.
package tone

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed words.txt
var wordsTxt string

// Lexicon scores lower-case words: +1, -1 or 0.
type Lexicon struct {
	exact    map[string]int8
	prefix   map[string]int8
	minPref  int
	maxPref  int
	nEntries int
}

var (
	once   sync.Once
	def    *Lexicon
	defErr error
)

// Default returns the embedded lexicon; it panics on malformed data, which
// TestDataParses rules out.
func Default() *Lexicon {
	once.Do(func() { def, defErr = Parse(wordsTxt) })
	if defErr != nil {
		panic("tone: embedded words.txt: " + defErr.Error())
	}
	return def
}

// Parse reads the words.txt format: "+ word word*" or "- word ...".
func Parse(src string) (*Lexicon, error) {
	l := &Lexicon{exact: map[string]int8{}, prefix: map[string]int8{}, minPref: 1 << 30}
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		var pol int8
		switch f[0] {
		case "+":
			pol = 1
		case "-":
			pol = -1
		default:
			return nil, fmt.Errorf("words.txt:%d: want + or - first, got %q", n+1, f[0])
		}
		for _, w := range f[1:] {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("words.txt:%d: %q is not lower case", n+1, w)
			}
			l.nEntries++
			if p, ok := strings.CutSuffix(w, "*"); ok {
				if len(p) < 3 {
					return nil, fmt.Errorf("words.txt:%d: prefix %q too short", n+1, w)
				}
				l.prefix[p] = pol
				l.minPref, l.maxPref = min(l.minPref, len(p)), max(l.maxPref, len(p))
				continue
			}
			l.exact[w] = pol
		}
	}
	return l, nil
}

// Score returns +1, -1 or 0 for a lower-case word. An exact entry wins
// over a prefix; a longer prefix wins over a shorter one.
func (l *Lexicon) Score(w string) int {
	if p, ok := l.exact[w]; ok {
		return int(p)
	}
	for n := min(len(w), l.maxPref); n >= l.minPref; n-- {
		if p, ok := l.prefix[w[:n]]; ok {
			return int(p)
		}
	}
	return 0
}

// Len returns the number of entries.
func (l *Lexicon) Len() int { return l.nEntries }
