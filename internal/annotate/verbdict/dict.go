// Package verbdict reads PETRARCH/TABARI verb dictionaries and codes
// events with them: the "verbs/v1" stage, run after events/v1 when a user
// gives `--verbs FILE`. Analysts keep curated verb dictionaries for years;
// this lets them code with their own patterns on top of sitrep's parse and
// actors, and their coding wins over sitrep's own for the verbs it
// matches.
//
// The format, as the PETRARCH and TABARI documentation describe it:
//
//	&TIETYPES                    a synset: a name, then its members
//	+MILITARY                    one member per line; words joined by
//	+ECONOMIC                    "_" or spaces; a member may be &OTHER
//
//	--- ABANDON [345] ---        a verb block: its name and default code
//	ABANDON                      the verb; regular forms are generated
//	BAN {BANS BANNED}            {irregular forms}
//	KLM_NOP_+RST [002]           a multi-word verb, "+" on the verb word,
//	                             with its own code
//	- * DIPLOMATIC TIES [901]    a pattern: "*" is the verb, words before it
//	                             come before the verb in the sentence
//	- + WAS_* TO ^ FROM $ [174]  "$" source, "+" target, "%" a compound
//	                             actor, "^" skips a noun phrase
//	- * &TIETYPES TIES [902]     "&NAME" any member of a synset
//	- % * [030:030]              "a:b": a from source to target, b back
//
// A space between pattern elements lets other words come between them;
// "_" makes them adjacent. "[---]" is the null code: the verb, or the
// pattern, codes no event. "#" starts a comment, and so does "<!--" up
// to "-->".
package verbdict

import "strconv"

// Dict is a parsed verb dictionary (one or several files).
type Dict struct {
	Verbs   []*Verb
	Synsets map[string]*Synset
	// Warnings are lines read but not used (a code that is not an event
	// code, a second code on a header), as "file:line: message".
	Warnings []string
	byWord   map[string][]formRef // lower-case verb word -> verb forms
}

// Verb is one verb block: the header's code and every pattern below it.
type Verb struct {
	Name     string
	Code     Code
	Forms    []Form
	Patterns []*Pattern
	Pos      Pos
}

// Form is one verb line: its words (lower case), which of them is the
// verb, the inflected forms of that word, and its own code if it has one.
type Form struct {
	Words  []string
	Head   int      // index of the verb word in Words
	Inflex []string // the verb word's forms, lower case
	Irreg  [][]string
	Code   *Code // nil: the block's code
	Pos    Pos
}

// Code is a dictionary code: an event code, the reverse event of a paired
// code ("032:033"), or the null code.
type Code struct {
	Event, Reverse string
	Null           bool
}

// Pattern is one "- ... [code]" line of a verb block.
type Pattern struct {
	Elems []Elem
	Code  Code
	Text  string // the pattern as written, for explanations
	Pos   Pos
}

// Kind is the kind of a pattern element.
type Kind uint8

// The kinds of pattern element.
const (
	Word     Kind = iota // a literal word
	Syn                  // a synset reference
	VerbPos              // "*"
	Source               // "$"
	Target               // "+"
	Compound             // "%"
	Skip                 // "^"
)

// Elem is one pattern element. Join says the next element must follow it
// with no word between ("_").
type Elem struct {
	Kind Kind
	Word string // Word: lower case; Syn: the synset name
	Join bool
}

// Synset is a named set of phrases, each a word sequence (lower case).
type Synset struct {
	Name    string
	Members [][]string
	Pos     Pos
	refs    []string // members that are other synsets, resolved at load
}

// Pos is a place in a dictionary file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return p.File + ":" + strconv.Itoa(p.Line) }

// formRef points at one form of one verb.
type formRef struct {
	v *Verb
	f int
}
