package events

import (
	"sitrep/internal/doc"
)

// actorRef is an actor mention found at a token.
type actorRef struct {
	Code    string
	Span    doc.Span
	Type    string // entity type: GPE, ORG, PER, NORP, LOC, FAC
	Name    string
	Country string // ISO3 of the entity's country, for places
}

// sent is one parsed sentence with the indexes the coder needs: children
// lists and the actor (if any) each token belongs to. Indexes are 0-based
// within the sentence; heads from the parser are 1-based.
type sent struct {
	d     *doc.Doc
	idx   int
	toks  []doc.Token
	kids  [][]int
	actor []*actorRef // the actor mention covering the token, or nil
	place []*actorRef // a place mention (LOC, FAC, GPE) covering the token
}

func newSent(d *doc.Doc, si int, mentions []mentionAt) *sent {
	s := d.Sentences[si]
	toks := d.Tokens[s.TokStart:s.TokEnd]
	st := &sent{d: d, idx: si, toks: toks, kids: make([][]int, len(toks)),
		actor: make([]*actorRef, len(toks)), place: make([]*actorRef, len(toks))}
	for i, t := range toks {
		if h := t.Head - 1; h >= 0 && h < len(toks) && h != i {
			st.kids[h] = append(st.kids[h], i)
		}
	}
	// mentions are sorted by start; a two-pointer walk keeps this linear.
	j := 0
	for i, t := range toks {
		for j < len(mentions) && mentions[j].End <= t.Start {
			j++
		}
		for k := j; k < len(mentions) && mentions[k].Start < t.End; k++ {
			m := mentions[k]
			if m.Start <= t.Start && t.End <= m.End {
				if m.ref.Code != "" && st.actor[i] == nil {
					st.actor[i] = m.ref
				}
				if isPlace(m.ref.Type) && st.place[i] == nil {
					st.place[i] = m.ref
				}
			}
		}
	}
	st.genericAgents()
	st.adjectiveAgents()
	st.ledAgents() // agents_hw.go
	st.sharedCountry()
	st.forceNationals()
	st.capitalRecipients() // capital_recipient_hz.go
	st.countryAnaphors()   // country_anaphor_hz.go
	return st
}

func isPlace(t string) bool { return t == "LOC" || t == "FAC" || t == "GPE" }

func (s *sent) head(i int) int {
	h := s.toks[i].Head - 1
	if h < 0 || h >= len(s.toks) {
		return -1
	}
	return h
}

func (s *sent) rel(i int) string  { return s.toks[i].Rel }
func (s *sent) low(i int) string  { return s.toks[i].Lower }
func (s *sent) upos(i int) string { return s.toks[i].UPOS }

// child returns the first child of i with one of the relations, or -1.
func (s *sent) child(i int, rels ...string) int {
	for _, c := range s.kids[i] {
		for _, r := range rels {
			if s.toks[c].Rel == r {
				return c
			}
		}
	}
	return -1
}

// caseOf returns the preposition marking a nominal ("with" in "with Iran").
// The last marker wins: "in to Chile" is marked by "to".
func (s *sent) caseOf(i int) string {
	m := ""
	for _, c := range s.kids[i] {
		if c > i {
			break
		}
		if r := s.toks[c].Rel; r == "case" || r == "mark" {
			m = s.toks[c].Lower
		}
	}
	return m
}

// actorAt returns the actor of the phrase headed by i: the token's own
// mention, else one in its modifiers ("Azerbaijani officials",
// "the government of Azerbaijan") up to two levels down.
func (s *sent) actorAt(i int, depth int) *actorRef {
	if a := s.actor[i]; a != nil {
		// "the President of the European Council": a bare title that
		// names its institution is that institution's, whoever an
		// earlier "President" was.
		if a.Span == s.span(i) && a.Type == "PER" && depth > 0 {
			for _, c := range s.kids[i] {
				if s.rel(c) == "nmod" && s.caseOf(c) == "of" {
					if o := s.actor[c]; o != nil && o.Type == "ORG" && o.Code != "" {
						return o
					}
				}
			}
		}
		return a
	}
	if depth == 0 {
		return nil
	}
	for _, c := range s.kids[i] {
		switch s.toks[c].Rel {
		case "compound", "amod", "flat", "nmod:poss", "appos":
			if a := s.actorAt(c, depth-1); a != nil {
				return a
			}
		case "nmod:desc":
			// "Kenyan President John Mwangi": the title of the
			// named head; but "supporters of President Omar Haddad"
			// are not the President's office.
			if depth < 2 && s.rel(i) == "nmod" {
				continue
			}
			if a := s.actorAt(c, depth-1); a != nil {
				return a
			}
		case "nmod":
			if cs := s.caseOf(c); cs == "of" {
				if a := s.actorAt(c, depth-1); a != nil {
					return a
				}
			}
		}
	}
	return nil
}

// conjuncts returns i and the heads coordinated with it ("Baku and
// Yerevan"), including coordinated modifiers ("Baku and Yerevan
// governments").
func (s *sent) conjuncts(i int) []int {
	out := []int{i}
	for _, m := range s.kids[i] {
		if r := s.toks[m].Rel; (r == "compound" || r == "nmod" || r == "amod") && s.actor[m] != nil && s.child(m, "conj") >= 0 {
			out = append(out, m)
		}
	}
	cut := s.clauseCut(i)
	for k := 0; k < len(out); k++ {
		for _, c := range s.kids[out[k]] {
			if s.toks[c].Rel == "conj" && (cut < 0 || c < cut) {
				out = append(out, c)
			}
		}
	}
	return out
}

// clauseCut finds where a list hanging from a non-subject noun turns into
// the subject of a new clause the parser failed to split off: in "hosted
// meetings between A and B in Brussels, and Russia and the United States
// have held talks", Russia and the United States are not met. It returns
// the first conjunct after the comma, or -1.
func (s *sent) clauseCut(i int) int {
	if r := s.rel(i); r == "nsubj" || r == "nsubj:pass" {
		return -1
	}
	comma, last := -1, -1
	for _, c := range s.kids[i] {
		if s.rel(c) != "conj" {
			continue
		}
		last = c
		if comma < 0 && c >= 2 && s.low(c-2) == "," && s.rel(c-1) == "cc" {
			comma = c
		}
	}
	if comma < 0 {
		return -1
	}
	end := last
	for _, k := range s.kids[last] {
		if k > end && s.rel(k) != "conj" {
			end = k
		}
	}
	if end+1 < len(s.toks) {
		if u := s.upos(end + 1); u == "AUX" || u == "VERB" {
			return comma
		}
	}
	return -1
}

// within reports whether token i lies in the subtree of token top.
func (s *sent) within(i, top int) bool {
	for n := 0; i >= 0 && n < len(s.toks); n++ {
		if i == top {
			return true
		}
		i = s.head(i)
	}
	return false
}

// span returns the byte span of token i.
func (s *sent) span(i int) doc.Span { return s.toks[i].Span }
