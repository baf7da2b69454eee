// Package genre says what kind of text a document is: interview, report,
// statement, analysis, briefing or unknown. The cues are few and simple so
// that every decision can be explained by the cue that fired.
package genre

import (
	"context"
	"strings"

	"sitrep/internal/annotate"
	"sitrep/internal/doc"
)

// Stage is the genre stage.
type Stage struct{}

// Spec implements annotate.Annotator.
func (Stage) Spec() annotate.Spec {
	return annotate.Spec{
		Name:     "genre/v1",
		Summary:  "document genre (interview, report, statement, analysis, briefing, unknown) from explainable cues",
		Requires: []annotate.Layer{annotate.Paragraphs, annotate.Turns},
		Provides: []annotate.Layer{annotate.Genre},
		Example:  "Q:/A: turns → interview; \"said in a statement\" in the lead → statement",
	}
}

// Annotate implements annotate.Annotator.
func (Stage) Annotate(_ context.Context, d *doc.Doc) error {
	d.Meta.Genre, _ = Classify(d)
	return nil
}

// Classify returns the genre and the cue that decided it.
func Classify(d *doc.Doc) (genre, cue string) {
	head := strings.ToLower(d.Meta.Title + "\n" + lead(d, 400))
	answers := 0
	for _, t := range d.Turns {
		if t.Role == "answer" {
			answers++
		}
	}
	switch {
	case answers > 0 && containsAny(head, "briefing", "press conference"):
		return "briefing", "question-and-answer turns in a press briefing"
	case answers > 0:
		return "interview", "question-and-answer turns"
	case containsAny(head, "press briefing", "regular briefing", "spokesperson's regular", "spokesperson’s regular"):
		return "briefing", "the lead names a briefing"
	case containsAny(head, "press release", "communiqué", "communique", "joint statement", "statement by", "issued the following statement", "statement of the", "declaration of"):
		return "statement", "the lead names a statement"
	case containsAny(head, "analysis:", "opinion:", "commentary", "op-ed", "editorial", "analysis |", "opinion |"):
		return "analysis", "the lead names an analysis or opinion piece"
	case fewerWords(d.Text, 40):
		return "unknown", "too short to tell"
	case firstPersonPlural(d.Text) > 0.015:
		return "statement", "written in the first person plural"
	}
	return "report", "default for news prose"
}

func lead(d *doc.Doc, n int) string {
	if len(d.Paragraphs) > 0 {
		p := d.Paragraphs[0]
		return d.Text[p.Start:min(p.End, p.Start+n)]
	}
	return d.Text[:min(len(d.Text), n)]
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// fewerWords reports whether text has fewer than n space-separated
// words (len(strings.Fields(text)) < n, without building the slice).
func fewerWords(text string, n int) bool {
	k := 0
	for range strings.FieldsSeq(text) {
		if k++; k >= n {
			return false
		}
	}
	return true
}

// firstPersonPlural is the share of words that are "we", "our" or "us":
// statements speak for an institution in its own voice.
func firstPersonPlural(text string) float64 {
	n, k := 0, 0
	for w := range strings.FieldsSeq(text) {
		n++
		if isWeOurUs(strings.Trim(w, ".,;:!?\"“”")) {
			k++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

// isWeOurUs is strings.ToLower(w) is "we", "our" or "us", without the
// allocation: no rune outside ASCII lower-cases to an ASCII letter of
// these words, so a word with any non-ASCII byte is none of them.
func isWeOurUs(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	var b [3]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "we", "our", "us":
		return true
	}
	return false
}
