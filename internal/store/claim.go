package store

import (
	"strings"

	"sitrep/internal/doc"
)

// FigureClaim says who puts a figure forward: the speaker of the quote it sits
// in, the source named in its sentence ("according to the ministry",
// "officials said"), or else the outlet itself. Competing claims about the
// same thing can then be shown side by side. It is worked out once, when a
// document is stored (Flatten), and kept with the figure, so that listing
// figures never reloads their documents.
type FigureClaim struct {
	By  string `json:"by"`
	How string `json:"how"` // quote, attribution, outlet
}

// speechCues are the words that attribute a sentence to its subject.
var speechCues = []string{" said", " says", " told", " reported", " estimated", " announced",
	" stated", " claimed", " put the", " counted", " recorded"}

// ClaimOf finds the claimant of the figure at span sp in document j.
func ClaimOf(j *doc.JSON, sp doc.Span) FigureClaim {
	for _, q := range j.Quotes {
		if q.Start <= sp.Start && sp.End <= q.End && q.Speaker != nil && *q.Speaker != "" {
			return FigureClaim{By: *q.Speaker, How: "quote"}
		}
	}
	sent := doc.Span{Start: 0, End: len(j.Text)}
	for _, s := range j.Sentences {
		if s.Start <= sp.Start && sp.Start < s.End {
			sent = s
			break
		}
	}
	if sent.End > len(j.Text) || sent.Start > sent.End {
		return outletClaim(j)
	}
	text := j.Text[sent.Start:sent.End]
	lower := strings.ToLower(text)
	if i := strings.Index(lower, "according to "); i >= 0 {
		if name := firstMention(j, sent.Start+i, sent.End); name != "" {
			return FigureClaim{By: name, How: "attribution"}
		}
	}
	for _, cue := range speechCues {
		i := strings.Index(lower, cue)
		if i < 0 {
			continue
		}
		// The speaker is the mention closest before the verb ("the
		// ombudsman said"), or the first after it ("said the ministry").
		if name := lastMention(j, sent.Start, sent.Start+i); name != "" {
			return FigureClaim{By: name, How: "attribution"}
		}
		if name := firstMention(j, sent.Start+i, sent.End); name != "" {
			return FigureClaim{By: name, How: "attribution"}
		}
	}
	return outletClaim(j)
}

func outletClaim(j *doc.JSON) FigureClaim {
	if j.Meta.Outlet != nil && *j.Meta.Outlet != "" {
		return FigureClaim{By: *j.Meta.Outlet, How: "outlet"}
	}
	return FigureClaim{By: "the document", How: "outlet"}
}

// speakerTypes are the entity types that can claim something.
func canSpeak(t string) bool { return t == "PER" || t == "ORG" || t == "GPE" || t == "NORP" }

func firstMention(j *doc.JSON, lo, hi int) string {
	best, name := hi, ""
	for _, e := range j.Entities {
		if !canSpeak(e.Type) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= lo && m.End <= hi && m.Start < best {
				best, name = m.Start, e.Name
			}
		}
	}
	return name
}

func lastMention(j *doc.JSON, lo, hi int) string {
	best, name := lo-1, ""
	for _, e := range j.Entities {
		if !canSpeak(e.Type) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= lo && m.End <= hi && m.Start > best {
				best, name = m.Start, e.Name
			}
		}
	}
	return name
}
