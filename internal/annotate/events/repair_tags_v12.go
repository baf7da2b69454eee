package events

import "strings"

// Tag repairs run by FixTags (lexicon.go) before the parse: forms the
// tagger reads with the wrong part of speech in three constructions.

// fixSubjunctive retags the verb of a mandative "that" clause that the
// tagger read as a noun: in "Kenya demanded that the Ugandan government
// end its curbs on trade" the bare "end" after the clause's subject reads
// as a compound noun, and the demand loses its addressee. After a verb,
// "that", a plain noun phrase (determiners, adjectives, nouns) and a
// form of a table verb tagged NOUN, with a determiner, adjective, noun,
// pronoun or number after it, the form is the clause's verb. It reports
// whether a tag changed.
func (l *Lexicon) fixSubjunctive(lower, upos []string) bool {
	changed := false
	for t := 1; t+3 < len(lower); t++ {
		if lower[t] != "that" || upos[t-1] != "VERB" {
			continue
		}
		nouns := 0
		for i := t + 1; i+1 < len(lower); i++ {
			u := upos[i]
			if u == "DET" || u == "ADJ" || (u == "PROPN" && nouns == 0) {
				continue
			}
			if u != "NOUN" && u != "PROPN" {
				break
			}
			if nouns > 0 && (upos[i-1] == "NOUN" || upos[i-1] == "PROPN") && l.hasVerb(lower[i]) && subjunctiveNext(upos[i+1]) {
				upos[i] = "VERB"
				changed = true
				break
			}
			nouns++
		}
	}
	return changed
}

func subjunctiveNext(u string) bool {
	switch u {
	case "DET", "ADJ", "NOUN", "PRON", "NUM", "PROPN":
		return true
	}
	return false
}

// fixPossessedModifier retags a participle right after a possessive
// "'s" that the tagger read as a verb: in "Omar Haddad, Kenya's leading
// rights activist, staged a strike" a noun phrase follows the possessive,
// so "leading" modifies "activist" and the clause keeps its subject. It
// reports whether a tag changed.
func fixPossessedModifier(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		if upos[i] != "VERB" || upos[i-1] != "PART" || (lower[i-1] != "'s" && lower[i-1] != "’s") {
			continue
		}
		if w := lower[i]; !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
			continue
		}
		if n := upos[i+1]; n == "ADJ" || n == "NOUN" {
			upos[i] = "ADJ"
			changed = true
		}
	}
	return changed
}

// fixDeterminedNoun retags a table noun that the tagger read as an adverb
// right after a determiner: in "marched to a rally in the capital" or
// "banned the rally organised by students" a determiner opens a noun
// phrase, and adverbs do not follow one. It reports whether a tag
// changed.
func (l *Lexicon) fixDeterminedNoun(lower, upos []string) bool {
	changed := false
	for i := 1; i < len(lower); i++ {
		if upos[i] != "ADV" || upos[i-1] != "DET" || !l.hasNoun(lower[i]) {
			continue
		}
		switch lower[i-1] {
		case "a", "an", "the", "this", "that", "its", "their":
			upos[i] = "NOUN"
			changed = true
		}
	}
	return changed
}
