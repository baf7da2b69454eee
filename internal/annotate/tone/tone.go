// Package tone measures document tone on GDELT's scale: Positive and
// Negative are the percentages of words that carry positive or negative
// tone, Score = Positive - Negative, Polarity = Positive + Negative (how
// charged the text is). Words come from the sitrep tone lexicon; a
// negator ("not", "no", "never") shortly before a word flips it.
package tone

import (
	"context"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
	"sitrep/internal/lexicon/tone"
)

// NegationWindow is how many words before a tone word a negator reaches.
const NegationWindow = 4

// Stage is the tone stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "tone/v1",
		Summary:  "document tone on GDELT's scale from the sitrep conflict/diplomacy tone lexicon, with negation",
		Requires: []annotate.Layer{annotate.Tokens},
		Provides: []annotate.Layer{annotate.Tone},
		Options:  []annotate.Option{{Name: "negation-window", Type: "int", Default: "4", Help: "words before a tone word in which a negator flips it"}},
		Example:  "Talks failed; the blockade is not lifted. → negative 3 of 7 words, score -42.9",
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	t := Measure(d.Tokens)
	d.Tone = &t
	return nil
}

// Measure computes the tone of a run of tokens.
func Measure(toks []doc.Token) doc.Tone {
	lex := tone.Default()
	var words, pos, neg int
	lastNeg := -1 << 30 // word index of the last negator
	for i := range toks {
		t := &toks[i]
		if !isWord(t.Text) {
			if isClauseBreak(t.Text) {
				lastNeg = -1 << 30 // negation does not cross a clause
			}
			continue
		}
		words++
		if IsNegator(t.Lower) {
			lastNeg = words
			continue
		}
		s := lex.Score(t.Lower)
		if s != 0 && words-lastNeg <= NegationWindow {
			s = -s
		}
		switch {
		case s > 0:
			pos++
		case s < 0:
			neg++
		}
	}
	out := doc.Tone{WordCount: words}
	if words > 0 {
		out.Positive = round2(100 * float64(pos) / float64(words))
		out.Negative = round2(100 * float64(neg) / float64(words))
		out.Score = round2(out.Positive - out.Negative)
		out.Polarity = round2(out.Positive + out.Negative)
	}
	return out
}

// IsNegator reports whether a lower-case word negates what follows.
func IsNegator(w string) bool {
	switch w {
	case "not", "no", "never", "n't", "nor", "neither", "without", "cannot", "none", "nobody", "nothing":
		return true
	}
	return false
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isClauseBreak(s string) bool {
	switch s {
	case ".", ",", ";", ":", "!", "?", "—", "–":
		return true
	}
	return false
}

func round2(x float64) float64 {
	if x < 0 {
		return -float64(int64(-x*100+0.5)) / 100
	}
	return float64(int64(x*100+0.5)) / 100
}
