package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon/speech"
)

// Find fills d.Quotes: one quote per interview turn, then direct quotes
// with their speakers, then reported speech outside quotes and turns.
func Find(d *doc.Doc) {
	f := &finder{d: d, verbs: speech.Default()}
	r := &resolver{d: d, f: f}
	d.Quotes = d.Quotes[:0]
	for _, t := range d.Turns {
		q := doc.Quote{Span: t.Span, Speaker: t.Speaker, Kind: t.Role}
		if t.Label.Len() > 0 {
			l := t.Label
			q.SpeakerSpan = &l
		}
		q.SpeakerEntity = r.entityNamed(t.Speaker)
		r.remember(t.Speaker, false)
		d.Quotes = append(d.Quotes, q)
	}
	var last doc.Quote // the previous direct quote; Kind "" = none yet
	var direct []doc.Span
	for _, m := range Scan(d.Text) {
		inner := doc.Span{Start: m.Start, End: m.End}
		if inner.Len() == 0 {
			continue
		}
		inTurn := inTurns(d.Turns, m.Open)
		w := f.attribute(m)
		q := doc.Quote{Span: inner, Kind: "direct"}
		if w.ok() {
			q.Speaker, q.SpeakerEntity = r.resolve(w)
			sp := w.span
			q.SpeakerSpan = &sp
		}
		words := countWords(d.Text[m.Start:m.End])
		if q.Speaker == "" && last.Kind != "" && last.Speaker != "" && continues(d, last.End, m.Open, f) {
			q.Speaker, q.SpeakerEntity = last.Speaker, last.SpeakerEntity
		}
		switch {
		case q.Speaker == "" && (inTurn || words < 8):
			continue // scare quotes, titles, or a quote the answer already holds
		case q.Speaker != "" && words <= 3 && titleCase(d.Text[m.Start:m.End]):
			continue // a quoted name or title: "Special Opinion"
		}
		d.Quotes = append(d.Quotes, q)
		last = q
		direct = append(direct, doc.Span{Start: m.Open, End: m.Close})
	}
	for _, s := range d.Sentences {
		if inTurns(d.Turns, s.Start) || overlapsAny(direct, s.Span) || containsQuote(d.Tokens[s.TokStart:s.TokEnd]) {
			continue
		}
		if w, sp, ok := f.indirect(s); ok {
			q := doc.Quote{Span: sp, Kind: "indirect"}
			q.Speaker, q.SpeakerEntity = r.resolve(w)
			ws := w.span
			q.SpeakerSpan = &ws
			if q.Speaker != "" {
				d.Quotes = append(d.Quotes, q)
			}
		}
	}
}

// continues reports whether a quote opening at open carries on the
// previous quote (ending at prevEnd): it opens a sentence no more than one
// paragraph later, and no other speech verb names someone in between.
func continues(d *doc.Doc, prevEnd, open int, f *finder) bool {
	if strings.Count(d.Text[prevEnd:open], "\n") > 1 {
		return false
	}
	s := d.Sentences[f.sentAt(open)]
	return f.tokAt(open) <= s.TokStart+1
}

func inTurns(ts []doc.Turn, off int) bool {
	for _, t := range ts {
		if t.Start <= off && off < t.End {
			return true
		}
	}
	return false
}

func overlapsAny(ss []doc.Span, s doc.Span) bool {
	for _, x := range ss {
		if x.Overlaps(s) {
			return true
		}
	}
	return false
}

func countWords(s string) int { return len(strings.Fields(s)) }

// titleCase reports whether every word starts with a capital letter.
func titleCase(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(‘'"))
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !isMinorWord(w) {
			return false
		}
	}
	return true
}

func isMinorWord(w string) bool {
	switch w {
	case "of", "the", "and", "for", "in", "on", "a", "to":
		return true
	}
	return false
}
