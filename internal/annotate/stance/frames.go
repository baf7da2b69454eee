package stance

import (
	"sort"
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon"
)

// ideology maps words that name a state's politics rather than the state
// ("Zionist centers", "pan-Turkist thinking") to the state they point at.
var ideology = map[string]string{"zionist": "ISR", "pan-turkist": "TUR", "western": "WST",
	"kremlin-backed": "RUS", "russian-backed": "RUS", "iranian-backed": "IRN", "iran-backed": "IRN"}

// adjectiveMentions adds the country adjectives inside quotes ("inspired by
// the Turkish and Israeli policies"): the entity layer leaves bare
// adjectives out, but a speaker's stance towards a state shows in them.
func adjectiveMentions(d *doc.Doc, have []mention) []mention {
	g := lexicon.Default()
	taken := map[int]bool{}
	for _, m := range have {
		taken[m.Start] = true
	}
	out := have
	for _, q := range d.Quotes {
		lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= q.Start })
		for i := lo; i < len(d.Tokens) && d.Tokens[i].End <= q.End; i++ {
			t := &d.Tokens[i]
			if taken[t.Start] {
				continue
			}
			if c := ideology[t.Lower]; c != "" {
				out = append(out, mention{Span: t.Span, target: c})
				continue
			}
			for _, e := range g.Lookup(t.Text) {
				if e.Kind == lexicon.KindAdjective && e.Country != "" && t.Text != strings.ToLower(t.Text) {
					out = append(out, mention{Span: t.Span, target: e.Country})
					break
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// puppetVerbs put the actor named after "by"/"from" in control of what the
// speaker condemns: "managed by the Israeli regime", "dictated by ...
// centers", "take orders from the Turkish ... rooms".
var puppetVerbs = map[string]bool{"managed": true, "dictated": true, "inspired": true, "controlled": true,
	"orchestrated": true, "steered": true, "directed": true, "manipulated": true, "orders": true,
	"instigated": true, "engineered": true, "backed": true, "funded": true}

// frame scores the syntactic frame around a mention: -2 when the actor is
// the hidden hand behind something ("dictated by X").
func frame(d *doc.Doc, m doc.Span) float64 {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
	// Step back over the determiners and coordinated actors before it.
	j := i - 1
	for j >= 0 && i-j < 6 {
		w := d.Tokens[j].Lower
		if w == "by" || w == "from" {
			for k := j - 1; k >= 0 && j-k <= 3; k-- {
				if puppetVerbs[d.Tokens[k].Lower] {
					return -2
				}
			}
			return 0
		}
		if w != "the" && w != "and" && !isCap(d.Tokens[j].Text) {
			return 0
		}
		j--
	}
	return 0
}

func isCap(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// advocacy scores "X should take the initiative", "X is expected to
// prevent", "expect X to act": the speaker wants X to act, a positive lean.
func advocacy(d *doc.Doc, m doc.Span) float64 {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.End })
	for k := i; k < min(len(d.Tokens), i+4); k++ {
		switch d.Tokens[k].Lower {
		case "should", "must", "ought":
			return 2
		case "expected":
			if k+1 < len(d.Tokens) && d.Tokens[k+1].Lower == "to" {
				return 2
			}
		}
	}
	j := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start }) - 1
	for k := j; k >= max(0, j-2); k-- {
		if w := d.Tokens[k].Lower; w == "expect" || w == "urge" || w == "urged" {
			return 2
		}
	}
	return 0
}

// weight discounts the tone words around a mention that is only the
// object of a preposition ("positions in the conversation with the Iranian
// officials"): the words there mostly judge someone else.
func weight(d *doc.Doc, m doc.Span) float64 {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
	for k := i - 1; k >= max(0, i-2); k-- {
		switch d.Tokens[k].Lower {
		case "with", "of", "about", "to", "against", "in", "towards", "over":
			return 0.25
		case "the":
			continue
		}
		break
	}
	return 1
}
