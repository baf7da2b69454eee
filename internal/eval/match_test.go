package eval

import (
	"testing"

	"sitrep/internal/doc"
)

func str(s string) *string { return &s }

// TestScoreRules checks the matching rules on a hand-made gold and output.
func TestScoreRules(t *testing.T) {
	text := "The Alpha Council met Bravo in Delta. \"We agreed,\" said Jan Kowal. About 120,000 people left yesterday."
	g := &Gold{ID: "t", Text: text,
		Entities: []GoldEntity{{Name: "Alpha Council", Type: "ORG", Actor: str("IGOXYZ"), Mentions: []string{"Alpha Council"}},
			{Name: "Delta", Type: "GPE", Mentions: []string{"Delta"}}},
		Events:     []GoldEvent{{Source: str("IGOXYZ"), Target: str("BRV"), Code: "040", Root: "04", Quad: 1}, {Source: str("BRV"), Code: "190", Root: "19", Hypothetical: true}},
		Quotes:     []GoldQuote{{Speaker: "Jan Kowal", Text: "We agreed,"}},
		Quantities: []GoldQuantity{{Value: 120000, Evidence: "120,000 people"}},
		Times:      []GoldTime{{Text: "yesterday", Value: str("2023-08-16"), Evidence: "yesterday"}},
	}
	got := &doc.JSON{
		Entities: []doc.EntityJSON{{Name: "Alpha Council", Type: "ORG", Actor: str("IGO"), Mentions: []doc.MentionJSON{{Text: "the Alpha Council"}}},
			{Name: "Delta", Type: "LOC"}, {Name: "Bravo", Type: "PER"}},
		Events:     []doc.EventJSON{{Source: str("IGOABC"), Target: str("BRVGOV"), Code: "043", Root: "04", Quad: 1}},
		Quotes:     []doc.QuoteJSON{{Speaker: str("Kowal"), Start: 39, End: 48}},
		Quantities: []doc.QuantityJSON{{Value: 120100, Start: 75, End: 82}},
		Times:      []doc.TimeJSON{{Value: str("2023-08-16"), Start: 95, End: 104}},
	}
	r := newReport()
	r.Score(g, got)
	want := map[string][3]int{"entities": {2, 3, 2}, "events": {1, 1, 1}, "quotes": {1, 1, 1}, "quantities": {1, 1, 1}, "times": {1, 1, 1}}
	for layer, w := range want {
		p := r.Layers[layer]
		if p.TP != w[0] || p.Predicted != w[1] || p.Gold != w[2] {
			t.Errorf("%s: tp/pred/gold = %d/%d/%d, want %v", layer, p.TP, p.Predicted, p.Gold, w)
		}
	}
	if r.ActorMatched != 1 || r.ActorRight != 1 {
		t.Errorf("actor accuracy %d/%d, want 1/1", r.ActorRight, r.ActorMatched)
	}
}
