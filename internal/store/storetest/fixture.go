// Package storetest is the conformance suite every store backend passes:
// storetest.Run(t, open) with a function that opens an empty store. The
// texts are the project's own, written for these tests.
package storetest

import (
	"fmt"
	"strings"

	"sitrep/internal/doc"
)

// Version is the pipeline version the fixtures claim.
var fixtureStages = []string{"segment/v1", "events/v1"}

const story = `The foreign ministry of Ruritania said on Monday that talks with Freedonia would resume in Geneva next week. ` +
	`Officials from both capitals met for three hours in the lakeside hotel where the last round collapsed in March. ` +
	`A spokesman for the ministry told reporters that 1,200 families had been displaced by the fighting near the border. ` +
	`Aid convoys carrying food and medicine reached the valley for the first time since the winter storms closed the pass. ` +
	`Observers from the regional monitoring mission counted dozens of damaged homes along the main road to the market town.`

// span finds the n-th (0-based) occurrence of sub in text.
func span(text, sub string) doc.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("storetest: %q not in fixture text", sub))
	}
	return doc.Span{Start: i, End: i + len(sub)}
}

// Fixture builds an annotated document: two entities, three events (one
// negated; each with PLOVER contexts), a quote, a figure and a time. The text is story with extra
// appended, so callers can make distinct or near-duplicate documents.
func Fixture(id, published, extra string) *doc.Doc {
	text := story + extra
	d := doc.New(id, text)
	d.Meta.Published, d.Meta.Outlet, d.Meta.Title, d.Meta.Genre = published, "Test Wire", "Talks to resume", "report"
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	rur, fre := span(text, "Ruritania"), span(text, "Freedonia")
	d.Entities = []doc.Entity{
		{ID: "e1", Name: "Ruritania", Type: "GPE", Actor: "RURGOV", Mentions: []doc.Mention{{Span: rur}}},
		{ID: "e2", Name: "Freedonia", Type: "GPE", Actor: "FRE", Mentions: []doc.Mention{{Span: fre}}},
		{ID: "e3", Name: "Geneva", Type: "GPE", Mentions: []doc.Mention{{Span: span(text, "Geneva")}}},
	}
	d.Events = []doc.Event{
		{Source: "RURGOV", Target: "FRE", Code: "036", Root: "03", Quad: 1, Goldstein: 4, Plover: "AGREE",
			PloverContext: []string{"diplomatic"}, Location: "Geneva", Date: "2024-03-04", Evidence: span(text, "talks with Freedonia would resume")},
		{Source: "RURGOV", Target: "FRE", Code: "046", Root: "04", Quad: 1, Goldstein: 7, Plover: "CONSULT",
			PloverContext: []string{"diplomatic", "human_rights"}, ReportedBy: "spokesman", Evidence: span(text, "met for three hours")},
		{Source: "FRE", Target: "RURGOV", Code: "190", Root: "19", Quad: 4, Goldstein: -10, Plover: "FIGHT",
			PloverContext: []string{"military", "territory"}, Negated: true, Evidence: span(text, "the fighting near the border")},
	}
	d.Quotes = []doc.Quote{{Span: span(text, "1,200 families had been displaced by the fighting"), Speaker: "A spokesman", Kind: "indirect"}}
	d.Quantities = []doc.Quantity{{Span: span(text, "1,200 families"), Value: 1200, Unit: "families", About: "families near the border", Category: "displaced"}}
	d.Times = []doc.Time{{Span: span(text, "Monday"), Value: "2024-03-04", Kind: "relative"}}
	d.Tone = &doc.Tone{Score: -1.5, Positive: 2, Negative: 3.5}
	d.Annotators = append([]string(nil), fixtureStages...)
	return d
}

// Other builds a document with an unrelated text and no annotations.
func Other(id, published string, n int) *doc.Doc {
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d. ", n)
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&b, "The harvest in district %d reached %d tonnes of wheat, and farmers number %d expect better prices after rain. ", n, n*7+i, i)
	}
	d := doc.New(id, b.String())
	d.Meta.Published = published
	d.Annotators = append([]string(nil), fixtureStages...)
	return d
}
