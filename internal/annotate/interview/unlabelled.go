package interview

import (
	"strings"

	"sitrep/internal/doc"
)

// unlabelled finds interviews whose questions carry no label (they were
// bold in the page and lost their markup): an introduction that announces
// an interview, then at least two short paragraphs that are questions,
// each followed by answer paragraphs.
func unlabelled(d *doc.Doc) {
	if len(d.Paragraphs) < 4 {
		return
	}
	var intro string
	for _, p := range d.Paragraphs[:3] {
		intro += d.Text[p.Start:p.End] + " "
	}
	who := interviewee(intro)
	if who == "" {
		return
	}
	var qs []int
	for i, p := range d.Paragraphs {
		t := strings.TrimRight(d.Text[p.Start:p.End], " *_")
		if i > 0 && p.Len() < 400 && strings.HasSuffix(t, "?") && !strings.ContainsAny(t[:1], "\"“") {
			qs = append(qs, i)
		}
	}
	if len(qs) < 2 {
		return
	}
	asker := d.Meta.Outlet
	if asker == "" {
		asker = "Interviewer"
	}
	name := fullName(d, who)
	for k, q := range qs {
		next := len(d.Paragraphs)
		if k+1 < len(qs) {
			next = qs[k+1]
		}
		if next == q+1 {
			continue // a question with no answer after it is not an exchange
		}
		p := d.Paragraphs[q]
		qsp := doc.Span{Start: p.Start + skipMarkup(d.Text[p.Start:p.End], 0), End: p.End}
		d.Turns = append(d.Turns, doc.Turn{Span: qsp, Label: doc.Span{Start: p.Start, End: p.Start},
			Speaker: asker, Role: "question", Sentence: sentenceAt(d, qsp.Start)})
		asp := doc.Span{Start: d.Paragraphs[q+1].Start, End: d.Paragraphs[next-1].End}
		d.Turns = append(d.Turns, doc.Turn{Span: asp, Label: doc.Span{Start: asp.Start, End: asp.Start},
			Speaker: name, Role: "answer", Sentence: sentenceAt(d, asp.Start)})
	}
}
