package events

// fixBodyNounSubject retags a collective noun the tagger read as an
// adjective when a finite verb follows it: in "the Chinese military said
// it could ..." or "Israel's military drove ..." nothing is left for the
// adjective to modify, so "military" is the subject's noun. Only nouns
// that name an armed or state body and are often used bare ("military")
// are retagged, and only after a word that can open or fill a noun phrase
// (an article, a possessive, an adjective or a name). It reports whether
// a tag changed.
func fixBodyNounSubject(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		if upos[i] != "ADJ" || !bodyNouns[lower[i]] {
			continue
		}
		switch upos[i-1] {
		case "DET", "ADJ", "PROPN", "PART", "PRON":
		default:
			continue
		}
		if n := upos[i+1]; n != "VERB" && n != "AUX" {
			continue
		}
		upos[i] = "NOUN"
		changed = true
	}
	return changed
}

// bodyNouns are the collective nouns fixBodyNounSubject retags.
var bodyNouns = map[string]bool{"military": true}
