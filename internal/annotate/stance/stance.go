// Package stance estimates how each speaker leans towards each actor they
// mention: the tone words near the actor's mentions inside the speaker's
// quotes and answers, negation included, summed per (speaker, actor).
package stance

import (
	"context"
	"sort"
	"strings"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/tone"
	"sitrep/internal/doc"
	"sitrep/internal/lexicon"
	tonelex "sitrep/internal/lexicon/tone"
)

// Window is how many tokens on each side of a mention count towards it.
const Window = 8

// Stage is the stance stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "stance/v1",
		Summary:  "each speaker's lean (-1..1) towards each actor mentioned in their quotes: tone words near the mentions, framing (\"dictated by X\", \"X should\"), and the acts the speaker reports",
		Requires: []annotate.Layer{annotate.Sentences, annotate.Tokens, annotate.Quotes, annotate.Events},
		Provides: []annotate.Layer{annotate.Stance},
		Options:  []annotate.Option{{Name: "window", Type: "int", Default: "8", Help: "tokens on each side of a mention that count"}},
		Example:  `"Baku's inhuman blockade must end," said Ana Ruiz. → Ana Ruiz towards AZE: negative`,
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	d.Stance = Compute(d)
	return nil
}

// mention is one actor mention: where, and the stance target code.
type mention struct {
	doc.Span
	target string
	entity string
}

type acc struct {
	sum, hits float64
	sents     map[int]bool
}

// Compute returns the stance rows sorted by holder and target.
func Compute(d *doc.Doc) []doc.Stance {
	ms := adjectiveMentions(d, mentions(d))
	lex := tonelex.Default()
	rows := map[[2]string]*acc{}
	for _, q := range d.Quotes {
		if q.Speaker == "" {
			continue
		}
		lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= q.Start })
		for _, m := range ms[lo:] {
			if m.End > q.End {
				break
			}
			if m.entity != "" && m.entity == q.SpeakerEntity || strings.EqualFold(m.target, "") {
				continue
			}
			s, h, si := score(d, lex, m.Span, q.Span)
			w := weight(d, m.Span)
			s, h = s*w, h*w
			if f := frame(d, m.Span) + advocacy(d, m.Span); f != 0 {
				s += f
				h++
			}
			k := [2]string{q.Speaker, m.target}
			a := rows[k]
			if a == nil {
				a = &acc{sents: map[int]bool{}}
				rows[k] = a
			}
			a.sum += s
			a.hits += h
			a.sents[si] = true
		}
	}
	// An act the speaker asserts an actor committed (a coded event
	// reported by the speaker) says more than nearby words: a blockade
	// (Goldstein -9.5) weighs as much as nine negative words.
	for i, e := range d.Events {
		t := Target(e.Source)
		if e.ReportedBy == "" || t == "" || e.Negated || e.Hypothetical {
			continue
		}
		k := [2]string{e.ReportedBy, t}
		a := rows[k]
		if a == nil {
			a = &acc{sents: map[int]bool{}}
			rows[k] = a
		}
		a.sum += e.Goldstein
		a.hits += max(1, abs(e.Goldstein))
		a.sents[-1-i] = true
	}
	out := make([]doc.Stance, 0, len(rows))
	for k, a := range rows {
		p := a.sum / (a.hits + 1)
		p = max(-1, min(1, p))
		out = append(out, doc.Stance{Holder: k[0], Target: k[1], Polarity: float64(int64(p*100)) / 100, Evidence: len(a.sents)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Holder != out[j].Holder {
			return out[i].Holder < out[j].Holder
		}
		return out[i].Target < out[j].Target
	})
	return out
}

// score sums the tone words within Window tokens of the mention, inside its
// sentence and the quote; a negator shortly before a word flips it.
func score(d *doc.Doc, lex *tonelex.Lexicon, m, within doc.Span) (sum, hits float64, sent int) {
	toks := d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= m.Start })
	sent = sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].End > m.Start })
	if sent == len(d.Sentences) {
		return 0, 0, sent
	}
	s := d.Sentences[sent]
	lo, hi := max(s.TokStart, i-Window), min(s.TokEnd, i+Window)
	for j := lo; j < hi; j++ {
		t := &toks[j]
		if t.Start < within.Start || t.End > within.End || t.Start >= m.Start && t.End <= m.End {
			continue
		}
		v := lex.Score(t.Lower)
		if v == 0 {
			continue
		}
		for k := max(s.TokStart, j-tone.NegationWindow); k < j; k++ {
			if tone.IsNegator(toks[k].Lower) {
				v = -v
				break
			}
		}
		sum += float64(v)
		hits++
	}
	return sum, hits, sent
}

// mentions lists actor mentions in text order: from d.Entities when the
// entity stage ran, else from the gazetteer.
func mentions(d *doc.Doc) []mention {
	var out []mention
	if len(d.Entities) > 0 {
		for _, e := range d.Entities {
			t := Target(e.Actor)
			if t == "" {
				continue
			}
			for _, m := range e.Mentions {
				out = append(out, mention{Span: m.Span, target: t, entity: e.ID})
			}
		}
	} else {
		out = gazetteerMentions(d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Target reduces an actor code to the stance target: the country part
// ("AZEGOV" -> "AZE"), or the whole code of an international or
// non-governmental organisation ("IGOUNO").
func Target(code string) string {
	switch {
	case len(code) < 3:
		return ""
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"):
		return code
	}
	return code[:3]
}

func gazetteerMentions(d *doc.Doc) []mention {
	g := lexicon.Default()
	words := make([]string, len(d.Tokens))
	for i := range d.Tokens {
		words[i] = d.Tokens[i].Text
	}
	var out []mention
	for i := 0; i < len(words); i++ {
		n, es := g.LongestMatch(words, i)
		if n == 0 {
			continue
		}
		if t := Target(es[0].Code); t != "" {
			out = append(out, mention{Span: doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+n-1].End}, target: t})
		}
		i += n - 1
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
