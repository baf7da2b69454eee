package doc

import "math"

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

func (d *Doc) evidence(s Span) EvidenceJSON {
	return EvidenceJSON{Text: d.Slice(s), Start: s.Start, End: s.End}
}

func (d *Doc) evidencePtr(s *Span) *EvidenceJSON {
	if s == nil {
		return nil
	}
	e := d.evidence(*s)
	return &e
}

// ToJSON converts the document to the output contract. Every slice is
// non-nil so that consumers always see arrays, never null.
func (d *Doc) ToJSON() *JSON {
	genre := d.Meta.Genre
	if genre == "" {
		genre = "unknown"
	}
	lang := d.Meta.Language
	if lang == "" {
		lang = "en"
	}
	j := &JSON{
		Schema: Schema, ID: d.ID, Text: d.Text,
		Meta: MetaJSON{Outlet: optional(d.Meta.Outlet), Published: optional(d.Meta.Published),
			URL: optional(d.Meta.URL), Title: optional(d.Meta.Title), Genre: genre, Language: lang},
		Sentences:   make([]Span, 0, len(d.Sentences)),
		Entities:    make([]EntityJSON, 0, len(d.Entities)),
		Events:      make([]EventJSON, 0, len(d.Events)),
		Quotes:      make([]QuoteJSON, 0, len(d.Quotes)),
		Quantities:  make([]QuantityJSON, 0, len(d.Quantities)),
		Times:       make([]TimeJSON, 0, len(d.Times)),
		Stance:      make([]StanceJSON, 0, len(d.Stance)),
		Annotators:  d.Annotators,
		Diagnostics: d.Diagnostics,
	}
	for _, s := range d.Sentences {
		j.Sentences = append(j.Sentences, s.Span)
	}
	for _, e := range d.Entities {
		ej := EntityJSON{ID: e.ID, Name: e.Name, Type: e.Type, Actor: optional(e.Actor),
			Mentions: make([]MentionJSON, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, MentionJSON{Text: d.Slice(m.Span), Start: m.Start, End: m.End})
		}
		j.Entities = append(j.Entities, ej)
	}
	for _, e := range d.Events {
		j.Events = append(j.Events, EventJSON{
			Source: optional(e.Source), Target: optional(e.Target), Code: e.Code, Root: e.Root,
			Quad: e.Quad, Goldstein: e.Goldstein, Negated: e.Negated, Hypothetical: e.Hypothetical,
			ReportedBy: optional(e.ReportedBy), Location: optional(e.Location), Date: optional(e.Date),
			Sentence: e.Sentence, Evidence: d.evidence(e.Evidence), Plover: e.Plover,
			PloverMode: e.PloverMode, PloverCtx: e.PloverContext, Pattern: e.Pattern, SourceSpan: d.evidencePtr(e.SourceSpan),
			TargetSpan: d.evidencePtr(e.TargetSpan), VerbSpan: d.evidencePtr(e.Verb),
		})
	}
	for _, q := range d.Quotes {
		j.Quotes = append(j.Quotes, QuoteJSON{Speaker: optional(q.Speaker),
			SpeakerEntity: optional(q.SpeakerEntity), Text: d.Slice(q.Span), Start: q.Start,
			End: q.End, Kind: q.Kind})
	}
	for _, q := range d.Quantities {
		j.Quantities = append(j.Quantities, QuantityJSON{Value: q.Value, Unit: q.Unit, About: q.About,
			Text: d.Slice(q.Span), Start: q.Start, End: q.End, Qualifier: q.Qualifier, Category: q.Category})
	}
	for _, t := range d.Times {
		j.Times = append(j.Times, TimeJSON{Text: d.Slice(t.Span), Value: optional(t.Value),
			Start: t.Start, End: t.End, Kind: t.Kind})
	}
	if d.Tone != nil {
		j.Tone = ToneJSON{Score: round(d.Tone.Score, 3), Positive: round(d.Tone.Positive, 3),
			Negative: round(d.Tone.Negative, 3)}
	}
	for _, s := range d.Stance {
		j.Stance = append(j.Stance, StanceJSON{Holder: s.Holder, Target: s.Target, Polarity: round(s.Polarity, 3)})
	}
	return j
}
