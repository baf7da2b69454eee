package quotes

import (
	"sitrep/internal/doc"
	"sitrep/internal/lexicon/speech"
)

// indirect finds reported speech in sentence s: "X said (that) CLAUSE",
// "X told Y that CLAUSE", "According to X, CLAUSE", "CLAUSE, according to
// X." It returns the speaker and the reported clause.
func (f *finder) indirect(s doc.Sentence) (who, doc.Span, bool) {
	toks := f.d.Tokens
	lo, hi := s.TokStart, s.TokEnd
	for hi > lo && isPunctTok(toks[hi-1].Text) {
		hi--
	}
	for v := lo; v < hi; v++ {
		t := &toks[v]
		if t.Lower == "according" && v+1 < hi && toks[v+1].Lower == "to" {
			w := nameAfter(toks, v+2, hi)
			if !w.ok() {
				continue
			}
			if v == lo { // According to X, CLAUSE
				for c := v + 2; c < hi-2; c++ {
					if toks[c].Text == "," {
						return w, span(toks, c+1, hi), true
					}
				}
				continue
			}
			if v-1 > lo+2 && toks[v-1].Text == "," { // CLAUSE, according to X.
				return w, span(toks, lo, v-1), true
			}
			continue
		}
		vb, ok := f.verbs.Lookup(t.Lower)
		if !ok || vb.Class != speech.Report {
			continue
		}
		w := nameBefore(toks, lo, v)
		if !w.ok() {
			continue
		}
		if start := complement(toks, v, hi, vb.Lemma); start > 0 && hi-start >= 3 {
			return w, span(toks, start, hi), true
		}
	}
	return who{}, doc.Span{}, false
}

// complement returns the first token of the clause a speech verb at v
// reports, or -1. Only "say" may drop "that"; other verbs take nouns too
// often ("confirmed the deal") to be read as speech without it.
func complement(toks []doc.Token, v, hi int, lemma string) int {
	for j := v + 1; j < hi && j <= v+6; j++ {
		if toks[j].Lower == "that" {
			return j + 1
		}
		if toks[j].Text == "," || toks[j].Text == ";" {
			break
		}
	}
	if lemma != "say" || v+1 >= hi {
		return -1
	}
	switch toks[v+1].Lower {
	case "to", "in", "on", "at", "so", "it", "nothing", "goodbye", "yes", "no", "this", ",", ".", ":", "about", "of", "by", "with", "for":
		return -1
	}
	if !isWordTok(&toks[v+1]) {
		return -1
	}
	return v + 1
}

func span(toks []doc.Token, a, b int) doc.Span {
	return doc.Span{Start: toks[a].Start, End: toks[b-1].End}
}
