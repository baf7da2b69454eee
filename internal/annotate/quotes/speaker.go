package quotes

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// who is a speaker found in the text.
type who struct {
	span doc.Span // the words that name the speaker
	pron bool     // he, she, they: resolved to the last named person
	noun bool     // a common-noun holder: "a spokesman", "the ministry"
}

func (w who) ok() bool { return w.span.End > w.span.Start }

func isPron(lower string) bool { return lower == "he" || lower == "she" || lower == "they" }

// holders are common nouns that can say things: "a spokesman said".
var holders = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "officials": true,
	"ministry": true, "minister": true, "president": true, "government": true, "army": true,
	"military": true, "police": true, "source": true, "sources": true, "witness": true,
	"witnesses": true, "resident": true, "residents": true, "statement": true, "diplomat": true,
	"diplomats": true, "analyst": true, "analysts": true, "envoy": true, "office": true,
	"commander": true, "mediator": true, "mayor": true, "governor": true, "agency": true,
	"council": true, "committee": true, "embassy": true, "prosecutor": true, "leader": true,
	"leaders": true, "experts": true, "expert": true, "doctor": true, "doctors": true,
}

// skippable words between a subject and its verb: "Smith also said".
var between = map[string]bool{
	"also": true, "later": true, "then": true, "has": true, "had": true, "have": true, "was": true,
	"were": true, "is": true, "reportedly": true, "repeatedly": true, "previously": true,
	"further": true, "again": true, "once": true, "had.": true, "outwardly": true, "publicly": true,
	"recently": true, "earlier": true, "openly": true, "quickly": true, "would": true, "will": true,
}

// capStop are capitalised words that start a sentence without naming anyone.
var capStop = map[string]bool{
	"the": true, "but": true, "and": true, "as": true, "in": true, "on": true, "at": true, "when": true,
	"if": true, "this": true, "that": true, "a": true, "an": true, "it": true, "i": true, "we": true,
	"so": true, "yet": true, "after": true, "before": true, "while": true, "because": true,
}

func isCapTok(t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && !capStop[t.Lower]
}

func isNameGlue(t *doc.Token) bool {
	switch t.Lower {
	case "'s", "’s", "al", "bin", "van", "von", "de", "der", "la", "le", "da", "di", "el", "ibn", "-":
		return true
	}
	return false
}

// nameBefore finds the subject that ends just before token v (a speech
// verb), looking no further back than lo.
func nameBefore(toks []doc.Token, lo, v int) who {
	k := v - 1
	for k >= lo && between[toks[k].Lower] {
		k--
	}
	if k >= lo && toks[k].Text == "," { // "Smith, a spokesman for X, said"
		for j := k - 1; j >= lo && j > k-16; j-- {
			if toks[j].Text == "," {
				k = j - 1
				break
			}
		}
	}
	if k < lo {
		return who{}
	}
	t := &toks[k]
	if isPron(t.Lower) {
		return who{span: t.Span, pron: true}
	}
	if isCapTok(t) {
		s := k
		for s-1 >= lo && s > k-5 && (isCapTok(&toks[s-1]) || isNameGlue(&toks[s-1]) && s-2 >= lo && isCapTok(&toks[s-2])) {
			s--
		}
		return who{span: doc.Span{Start: toks[s].Start, End: t.End}}
	}
	if holders[t.Lower] {
		s := k
		for s-1 >= lo && s > k-4 && !isDet(toks[s-1].Lower) && isWordTok(&toks[s-1]) {
			s--
		}
		return who{span: doc.Span{Start: toks[s].Start, End: t.End}, noun: true}
	}
	return who{}
}

// nameAfter finds a speaker named right after position p: "said Smith",
// "said a spokesman", "according to the ministry".
func nameAfter(toks []doc.Token, p, hi int) who {
	if p < hi && isPron(toks[p].Lower) {
		return who{span: toks[p].Span, pron: true}
	}
	if p < hi && isDet(toks[p].Lower) {
		for e := p + 1; e < hi && e < p+6; e++ {
			if holders[toks[e].Lower] {
				return who{span: doc.Span{Start: toks[p+1].Start, End: toks[e].End}, noun: true}
			}
			if !isWordTok(&toks[e]) {
				break
			}
		}
		return who{}
	}
	e := p
	for e < hi && e < p+5 && (isCapTok(&toks[e]) || e > p && isNameGlue(&toks[e]) && e+1 < hi && isCapTok(&toks[e+1])) {
		e++
	}
	if e == p {
		return who{}
	}
	return who{span: doc.Span{Start: toks[p].Start, End: toks[e-1].End}}
}

// subjectAt reads a subject starting at p and returns it with the index
// after it: "he", "Smith", "the foreign ministry", "Smith, a spokesman,".
func subjectAt(toks []doc.Token, p, hi int) (who, int) {
	w := nameAfter(toks, p, hi)
	if !w.ok() {
		return w, p
	}
	e := p
	for e < hi && toks[e].Start < w.span.End {
		e++
	}
	if e < hi && toks[e].Text == "," { // apposition up to the next comma
		for j := e + 1; j < hi && j < e+16; j++ {
			if toks[j].Text == "," {
				return w, j + 1
			}
		}
	}
	return w, e
}

func isDet(l string) bool { return l == "the" || l == "a" || l == "an" }

func isWordTok(t *doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r)
}
