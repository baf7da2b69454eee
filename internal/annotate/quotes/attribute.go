package quotes

import (
	"sort"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon/speech"
)

// finder attributes quotes in one document.
type finder struct {
	d     *doc.Doc
	verbs *speech.Lexicon
}

// tokAt returns the index of the token that starts at or after off.
func (f *finder) tokAt(off int) int {
	return sort.Search(len(f.d.Tokens), func(i int) bool { return f.d.Tokens[i].Start >= off })
}

// sentAt returns the index of the sentence holding offset off.
func (f *finder) sentAt(off int) int {
	i := sort.Search(len(f.d.Sentences), func(i int) bool { return f.d.Sentences[i].End > off })
	if i == len(f.d.Sentences) {
		return len(f.d.Sentences) - 1
	}
	return i
}

func (f *finder) isVerb(i int) bool {
	_, ok := f.verbs.Lookup(f.d.Tokens[i].Lower)
	return ok
}

func isQuoteTok(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "‘", "’":
		return true
	}
	return false
}

func isPunctTok(s string) bool {
	switch s {
	case ",", ".", "!", "?", "—", "–", "-", ";", "...", "…":
		return true
	}
	return false
}

// attribute finds the speaker of a direct quote: after the closing mark
// ("…," he said / "…," said Smith, a spokesman / "…," according to X),
// before the opening mark (He said: "…" / Smith called it "…"), elsewhere
// in the sentence, or in the next or previous sentence.
func (f *finder) attribute(m Mark) who {
	toks := f.d.Tokens
	if len(f.d.Sentences) == 0 {
		return who{}
	}
	oi := f.tokAt(m.Open)
	ci := f.tokAt(m.Close)
	so, sc := f.sentAt(m.Open), f.sentAt(m.End)
	sentEnd := f.d.Sentences[sc].TokEnd
	if !m.Unclosed {
		if w := f.after(ci+1, sentEnd); w.ok() {
			return w
		}
	}
	if w := f.before(f.d.Sentences[so].TokStart, oi); w.ok() {
		return w
	}
	if !m.Unclosed {
		if w := f.anyVerb(ci+1, sentEnd); w.ok() {
			return w
		}
	}
	// The sentence ends with the quote: "… now." Smith said. (short only)
	if next := sc + 1; next < len(f.d.Sentences) && sentEnd >= ci && f.sameParagraph(m.End, f.d.Sentences[next].Start) {
		s := f.d.Sentences[next]
		if s.TokEnd-s.TokStart <= 12 {
			if w := f.after(s.TokStart, s.TokEnd); w.ok() {
				return w
			}
		}
	}
	// Smith said on Monday: / Smith said. "…"
	if prev := so - 1; prev >= 0 && oi <= f.d.Sentences[so].TokStart+1 {
		s := f.d.Sentences[prev]
		if s.TokEnd > s.TokStart && !containsQuote(toks[s.TokStart:s.TokEnd]) {
			if w := f.before(s.TokStart, s.TokEnd); w.ok() {
				return w
			}
		}
	}
	return who{}
}

// after reads a speaker right after a closing mark: skip punctuation, then
// VERB NAME, "according to" NAME, or NAME VERB.
func (f *finder) after(p, hi int) who {
	toks := f.d.Tokens
	for p < hi && (isPunctTok(toks[p].Text) || isQuoteTok(toks[p].Text)) {
		p++
	}
	if p >= hi {
		return who{}
	}
	if toks[p].Lower == "according" && p+1 < hi && toks[p+1].Lower == "to" {
		return nameAfter(toks, p+2, hi)
	}
	if f.isVerb(p) && toks[p].Lower != "told" {
		return nameAfter(toks, p+1, hi)
	}
	w, e := subjectAt(toks, p, hi)
	if !w.ok() {
		return who{}
	}
	for e < hi && between[toks[e].Lower] {
		e++
	}
	if e < hi && f.isVerb(e) {
		return w
	}
	return who{}
}

// before finds the last speech verb in toks[lo:hi] and its subject.
func (f *finder) before(lo, hi int) who {
	toks := f.d.Tokens
	for v := hi - 1; v >= lo && v >= hi-30; v-- {
		if isQuoteTok(toks[v].Text) && v < hi-1 {
			return who{} // another quote lies between: not ours
		}
		if toks[v].Lower == "according" && v+1 < hi && toks[v+1].Lower == "to" {
			return nameAfter(toks, v+2, hi)
		}
		if !f.isVerb(v) {
			continue
		}
		if w := nameBefore(toks, lo, v); w.ok() {
			return w
		}
		if toks[v].Lower != "told" && toks[v].Lower != "tells" {
			if w := nameAfter(toks, v+1, hi); w.ok() {
				return w
			}
		}
	}
	return who{}
}

// anyVerb finds "… and Smith said" later in the sentence.
func (f *finder) anyVerb(p, hi int) who {
	toks := f.d.Tokens
	for v := p; v < hi; v++ {
		if isQuoteTok(toks[v].Text) {
			return who{}
		}
		if f.isVerb(v) {
			if w := nameBefore(f.d.Tokens, p, v); w.ok() {
				return w
			}
		}
	}
	return who{}
}

func containsQuote(ts []doc.Token) bool {
	for i := range ts {
		if isQuoteTok(ts[i].Text) {
			return true
		}
	}
	return false
}

func (f *finder) sameParagraph(a, b int) bool {
	lo, hi := a, b
	if lo > hi {
		lo, hi = hi, lo
	}
	for i := lo; i < hi && i < len(f.d.Text); i++ {
		if f.d.Text[i] == '\n' {
			return false
		}
	}
	return true
}
