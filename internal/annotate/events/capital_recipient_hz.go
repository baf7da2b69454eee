package events

import "sitrep/internal/lexicon"

// A capital after "in", "to" or "from" is a place for the entities stage
// ("talks in Baku"), so it carries no actor code. But the "to" phrase of
// a verb of giving or sending names who receives: "Germany sent aid to
// Moscow" is aid to Russia, as "sent aid to Russia" is, and a capital
// standing for its state is the state (the gazetteer reads "Moscow
// refused" so). capitalRecipients gives such a capital its country's code
// when it is the "to" complement of a transfer verb or of that verb's
// object ("sent envoys to Kyiv"). A capital after "in", or after "to" of
// a verb of motion ("marched to Kyiv", "flew to Moscow"), stays a place.

// transferVerbs give or send something to a recipient; the map holds
// their inflected forms.
var transferVerbs = formSet("send", "dispatch", "deliver", "ship", "supply", "give", "provide",
	"donate", "transfer", "hand", "sell", "export", "pledge", "offer", "extend", "grant")

// capitalRecipients runs in newSent after the actor index is built.
func (s *sent) capitalRecipients() {
	for i := range s.toks {
		pl := s.place[i]
		if s.actor[i] != nil || pl == nil || s.caseOf(i) != "to" {
			continue
		}
		h := s.head(i)
		if h < 0 {
			continue
		}
		v := h
		if r := s.rel(h); s.rel(i) == "nmod" && (r == "obj" || r == "nsubj:pass") {
			v = s.head(h) // "sent envoys to Kyiv"
		}
		if v < 0 || !isVerbTag(s.upos(v)) || !transferVerbs[s.low(v)] {
			continue
		}
		iso := capitalCountry(s.d.Slice(pl.Span))
		if iso == "" {
			continue
		}
		ref := &actorRef{Code: iso, Span: pl.Span, Type: "GPE", Name: s.d.Slice(pl.Span), Country: iso}
		for k := range s.toks {
			if s.place[k] == pl && s.actor[k] == nil {
				s.actor[k] = ref
			}
		}
	}
}

// capitalCountry returns the country whose capital or seat of
// government a name is, or "".
func capitalCountry(name string) string {
	for _, e := range lexicon.Default().Lookup(name) {
		if e.Kind == lexicon.KindCapital && e.Country != "" {
			return e.Country
		}
	}
	return ""
}
