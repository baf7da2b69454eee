package events

import "sitrep/internal/doc"

// Lexicon is the event table's vocabulary, for the syntax stage: it
// parses only sentences that may hold an event, and corrects the
// tagger where a rare verb of the table is read as a noun.
type Lexicon struct {
	t *table
}

// NewLexicon returns the vocabulary of the embedded table.
func NewLexicon() (*Lexicon, error) {
	t, err := loadTable()
	if err != nil {
		return nil, err
	}
	return &Lexicon{t: t}, nil
}

// Trigger reports whether a lower-case word is a form of a trigger.
func (l *Lexicon) Trigger(w string) bool { return len(l.t.byForm[w]) > 0 }

// verbOnly reports whether every pattern of a word is a verb pattern.
func (l *Lexicon) verbOnly(w string) bool {
	ps := l.t.byForm[w]
	for _, p := range ps {
		if p.Noun {
			return false
		}
	}
	return len(ps) > 0
}

// Candidate reports whether sentence s of d may hold an event: it has a
// trigger word and something that can be an agent (a named entity, a
// role noun such as "police", or a pronoun). The entities layer must be
// filled for the named ones to count.
func (l *Lexicon) Candidate(d *doc.Doc, s doc.Sentence) bool {
	toks := d.Tokens[s.TokStart:s.TokEnd]
	trig, agent, prev := false, false, ""
	for _, t := range toks {
		if !trig && len(l.t.byForm[t.Lower]) > 0 {
			trig = true
		}
		if !agent && (roleOf[t.Lower] != "" || pronouns[t.Lower] || gateAgents[t.Lower] ||
			(gateParties[t.Lower] && gatePartyMarks[prev])) {
			agent = true
		}
		prev = t.Lower
	}
	if !trig || agent {
		return trig
	}
	// The gazetteer lookups last, only for a sentence with a trigger and
	// no cheaper agent.
	for _, t := range toks {
		if gateNationality(t) { // gate_nationality.go
			return true
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < s.End && m.End > s.Start {
				return true
			}
		}
	}
	return false
}

// FixTags retags, in place, a table verb in the third person or past
// ("disallows", "blockaded") that the tagger read as a noun between a
// subject and its object: "Azerbaijan ... disallows aid delivery". It
// reports whether a tag changed, so the caller can parse again.
func (l *Lexicon) FixTags(lower, upos []string) bool {
	changed := false
	for i := 1; i+1 < len(lower); i++ {
		w := lower[i]
		if upos[i] != "NOUN" || len(w) < 4 || !l.verbOnly(w) {
			continue
		}
		if w[len(w)-1] != 's' && w[len(w)-2:] != "ed" {
			continue
		}
		prev, next := upos[i-1], upos[i+1]
		if next == "VERB" && (prev == "NOUN" || prev == "PROPN") && l.hasNoun(lower[i+1]) &&
			(i+2 == len(upos) || upos[i+2] == "ADP" || upos[i+2] == "PUNCT") {
			// "the government plans talks with ..." read as NOUN VERB.
			upos[i], upos[i+1] = "VERB", "NOUN"
			changed = true
			continue
		}
		if next == "VERB" && i+2 < len(upos) && upos[i+2] == "NOUN" && (prev == "CCONJ" || prev == "PROPN" || prev == "PRON") {
			// "and disallows aid delivery" read as NOUN VERB NOUN.
			upos[i], upos[i+1] = "VERB", "NOUN"
			changed = true
			continue
		}
		if (prev == "PROPN" || prev == "PRON" || prev == "CCONJ" || prev == "NOUN" || prev == "ADV") &&
			(next == "NOUN" || next == "DET" || next == "PROPN" || next == "ADJ" || next == "PRON" || next == "NUM") {
			upos[i] = "VERB"
			changed = true
		}
	}
	if l.fixSubjunctive(lower, upos) {
		changed = true
	}
	if fixPossessedModifier(lower, upos) {
		changed = true
	}
	if l.fixDeterminedNoun(lower, upos) {
		changed = true
	}
	if l.fixIrregularPast(lower, upos) {
		changed = true
	}
	changed = l.fixNounPhraseHead(lower, upos) || changed         // repair_tags_v13.go
	changed = l.fixPossessedVerb(lower, upos) || changed          // repair_tags_v13.go
	changed = fixDeterminedParticiple(lower, upos) || changed     // repair_tags_v13.go
	changed = l.fixIrregularPastAfterNoun(lower, upos) || changed // repair_tags_v13.go
	changed = l.fixPastBeforeParticiple(lower, upos) || changed   // repair_tags_v13.go
	changed = fixOpeningModifier(lower, upos) || changed          // repair_tags_v13.go
	changed = fixBodyNounSubject(lower, upos) || changed          // repair_tags_hq.go
	changed = fixPeopleAdjective(lower, upos) || changed          // repair_tags_hp.go
	changed = l.fixObjectParticiple(lower, upos) || changed       // repair_tags_hr.go
	changed = l.fixYieldedTo(lower, upos) || changed              // repair_tags_hr.go
	changed = fixNamedGerund(lower, upos) || changed              // repair_tags_hr.go
	changed = fixNeverVerbs(lower, upos) || changed               // repair_tags_hv.go
	changed = fixCoordinatedPast(lower, upos) || changed          // repair_tags_hv.go
	changed = l.fixVerbAsFunctionWord(lower, upos) || changed     // repair_tags_hw.go
	changed = l.fixPastBeforeConj(lower, upos) || changed         // repair_tags_hw.go
	changed = fixMassPlural(lower, upos) || changed               // repair_tags_hw.go
	changed = fixNameAdjective(lower, upos) || changed            // repair_tags_hw.go
	changed = fixNameAsFunctionWord(lower, upos) || changed       // repair_tags_hw.go
	changed = l.fixVerbAfterParenthetical(lower, upos) || changed // repair_tags_hw.go
	changed = l.fixRoleNounVerbSwap(lower, upos) || changed       // repair_tags_hw.go
	changed = fixWayNounAdverb(lower, upos) || changed            // rules_hb2.go
	if fixNationalityVerb(lower, upos) {
		changed = true
	}
	if fixModalBack(lower, upos) {
		changed = true
	}
	if fixCountedParticiple(lower, upos) {
		changed = true
	}
	if !changed {
		changed = l.fixVerbless(lower, upos)
	}
	return changed
}

// fixVerbless gives a sentence with no verb at all its verb: a table verb
// right after a plural or proper subject that the tagger read as a noun,
// adverb or adjective, as in the headline style "Thousands rally in
// Cairo".
func (l *Lexicon) fixVerbless(lower, upos []string) bool {
	for _, u := range upos {
		if u == "VERB" || u == "AUX" {
			return false
		}
	}
	for i := 1; i < len(lower); i++ {
		u, prev := upos[i], upos[i-1]
		if (u == "NOUN" || u == "ADV" || u == "ADJ") && (prev == "NOUN" || prev == "PROPN" || prev == "PRON") &&
			l.hasVerb(lower[i]) && (i+1 == len(upos) || upos[i+1] != "NOUN") {
			upos[i] = "VERB"
			return true
		}
	}
	return false
}

// hasNoun reports whether a lower-case word is a form of a noun pattern.
func (l *Lexicon) hasNoun(w string) bool {
	for _, p := range l.t.byForm[w] {
		if p.Noun {
			return true
		}
	}
	return false
}

// MustLexicon is NewLexicon for wiring the pipeline: the embedded table
// is checked by the tests, so an error here is a build defect.
func MustLexicon() *Lexicon {
	l, err := NewLexicon()
	if err != nil {
		panic(err)
	}
	return l
}
