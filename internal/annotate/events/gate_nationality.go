package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon"
)

// The syntax gate (Lexicon.Candidate) asks for an agent: a role noun, a
// pronoun, a gate noun or an entity mention with an actor code. A
// nationality adjective or demonym before a noun the role table lacks
// ("Israeli bulldozers demolished ...", "Kurdish fighters seized ...",
// "the Israeli occupation of ...") is none of these: the entities stage
// makes an actor of "Israeli police" but not of "Israeli aircraft", so
// the sentence was never parsed and its event was lost. The coder can
// still code such an agent from the parse, so the gate admits a
// capitalised word that the gazetteer reads as a country's adjective or
// demonym ("Israeli", "Kurds").

// gateNationality reports whether token t is a capitalised nationality
// adjective or demonym of the gazetteer.
func gateNationality(t doc.Token) bool {
	// A word of an organisation's name ("the Liberian Peace Council") is
	// not the nationality's agent: the name, uncoded, gives no actor.
	if r, _ := utf8.DecodeRuneInString(t.Text); !unicode.IsUpper(r) || strings.HasSuffix(t.NER, "ORG") {
		return false
	}
	if gateLed(t.Text) { // agents_hw.go
		return true
	}
	for _, e := range lexicon.Default().Lookup(t.Text) {
		if e.Kind == lexicon.KindAdjective || e.Kind == lexicon.KindDemonym {
			return true
		}
	}
	return false
}
