// Package speech holds the speech-verb list that the quote stage uses to
// find who said what. The list is data (verbs.txt, embedded) so that a
// linguist can extend it without touching code.
package speech

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed verbs.txt
var verbsTxt string

// Class says how a speech verb may be used.
type Class uint8

// Classes of speech verbs. Report verbs may introduce reported speech
// ("X said that ..."); quote verbs only attribute quoted words ("X called
// it "a crime"") because without quotation marks they state an act, not
// speech.
const (
	None Class = iota
	Report
	Quote
)

// Verb is one surface form of a speech verb.
type Verb struct {
	Lemma string
	Class Class
}

// Lexicon maps lower-case surface forms to their verb.
type Lexicon struct{ forms map[string]Verb }

var (
	once   sync.Once
	def    *Lexicon
	defErr error
)

// Default returns the lexicon built from the embedded list. It panics on
// malformed data; TestDataParses guards against shipping such data.
func Default() *Lexicon {
	once.Do(func() { def, defErr = Parse(verbsTxt) })
	if defErr != nil {
		panic("speech: embedded verbs.txt: " + defErr.Error())
	}
	return def
}

// Parse reads the verbs.txt format: "class lemma form form ...", with
// comments after '#'.
func Parse(src string) (*Lexicon, error) {
	l := &Lexicon{forms: map[string]Verb{}}
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("verbs.txt:%d: want \"class lemma forms...\", got %q", n+1, line)
		}
		var c Class
		switch f[0] {
		case "report":
			c = Report
		case "quote":
			c = Quote
		default:
			return nil, fmt.Errorf("verbs.txt:%d: unknown class %q (want report or quote)", n+1, f[0])
		}
		for _, form := range f[1:] {
			if form != strings.ToLower(form) {
				return nil, fmt.Errorf("verbs.txt:%d: form %q is not lower case", n+1, form)
			}
			if _, dup := l.forms[form]; !dup {
				l.forms[form] = Verb{Lemma: f[1], Class: c}
			}
		}
	}
	return l, nil
}

// Lookup returns the verb for a lower-case word form.
func (l *Lexicon) Lookup(lower string) (Verb, bool) {
	v, ok := l.forms[lower]
	return v, ok
}

// Len returns the number of surface forms.
func (l *Lexicon) Len() int { return len(l.forms) }
