// Package interview finds the structure of an interview or transcript:
// speaker labels ("Alwaght:", "Q:"/"A:", "**Name:**"), who asks and who
// answers, and the full name of each speaker taken from the introduction
// ("Alwaght talked to Caucasus affairs expert Burhan Heshmati"). It fills
// doc.Turns; the quote stage turns them into question and answer quotes.
package interview

import (
	"sort"
	"strings"

	"sitrep/internal/doc"
)

// labelled is one paragraph that starts with a speaker label.
type labelled struct {
	para int
	lab  label
	key  string // folded label name
}

// Detect fills d.Turns when d looks like an interview. It needs
// d.Paragraphs; d.Tokens and d.Entities, when present, help resolve names.
func Detect(d *doc.Doc) {
	d.Turns = d.Turns[:0]
	ls := labels(d)
	if !isInterview(ls) {
		unlabelled(d)
		return
	}
	asker := questioner(d, ls)
	names := map[string]string{}
	for k, l := range ls {
		role := "answer"
		if l.key == asker {
			role = "question"
		}
		if _, ok := names[l.key]; !ok {
			names[l.key] = speakerName(d, l.lab.name, role, ls[0].para)
		}
		p := d.Paragraphs[l.para]
		last := len(d.Paragraphs) - 1
		if k+1 < len(ls) {
			last = ls[k+1].para - 1
		}
		sp := doc.Span{Start: p.Start + l.lab.body, End: d.Paragraphs[last].End}
		if sp.Start >= sp.End {
			continue
		}
		d.Turns = append(d.Turns, doc.Turn{
			Span:     sp,
			Label:    doc.Span{Start: p.Start + l.lab.start, End: p.Start + l.lab.end},
			Speaker:  names[l.key],
			Role:     role,
			Sentence: sentenceAt(d, sp.Start),
		})
	}
}

// labels lists the labelled paragraphs whose label recurs (or is a Q/A
// label): a label used once is more likely "Note:" than a speaker.
func labels(d *doc.Doc) []labelled {
	var all []labelled
	count := map[string]int{}
	for i, p := range d.Paragraphs {
		l, ok := parseLabel(d.Text[p.Start:p.End])
		if !ok {
			continue
		}
		k := strings.ToLower(l.name)
		all = append(all, labelled{para: i, lab: l, key: k})
		count[k]++
	}
	out := all[:0]
	for _, l := range all {
		if count[l.key] >= 2 || isQuestionLabel(l.key) || isAnswerLabel(l.key) {
			out = append(out, l)
		}
	}
	return out
}

// isInterview wants at least two speakers and three labelled turns with
// the speaker changing at least twice.
func isInterview(ls []labelled) bool {
	if len(ls) < 2 {
		return false
	}
	speakers := map[string]bool{}
	changes := 0
	for i, l := range ls {
		speakers[l.key] = true
		if i > 0 && l.key != ls[i-1].key {
			changes++
		}
	}
	return len(speakers) >= 2 && (changes >= 2 || len(ls) >= 2 && changes >= 1 && (isQuestionLabel(ls[0].key)))
}

// questioner returns the key of the label that asks: a Q label, the
// outlet, or else the label whose turns most often end in a question mark.
func questioner(d *doc.Doc, ls []labelled) string {
	outlet := strings.ToLower(d.Meta.Outlet)
	for _, l := range ls {
		if isQuestionLabel(l.key) || outlet != "" && l.key == outlet {
			return l.key
		}
	}
	asks := map[string]int{}
	turns := map[string]int{}
	for k, l := range ls {
		p := d.Paragraphs[l.para]
		end := p.End
		if k+1 < len(ls) {
			end = d.Paragraphs[ls[k+1].para-1].End
		}
		turns[l.key]++
		if strings.HasSuffix(strings.TrimRight(d.Text[p.Start:end], " *_\"”"), "?") {
			asks[l.key]++
		}
	}
	best, bestRatio := ls[0].key, -1.0
	for _, l := range ls { // in text order, so ties go to the first speaker
		r := float64(asks[l.key]) / float64(turns[l.key])
		if r > bestRatio && !isAnswerLabel(l.key) {
			best, bestRatio = l.key, r
		}
	}
	return best
}

// sentenceAt returns the index of the sentence that ends after off, or -1.
func sentenceAt(d *doc.Doc, off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i == len(d.Sentences) {
		return -1
	}
	return i
}
