package events

import (
	"sort"

	"sitrep/internal/doc"
)

// maxPerSentence caps the events of one sentence: beyond it a sentence is
// a list or a misparse, and more events would be noise.
const maxPerSentence = 8

// Decision is the coder's account of one trigger word, for `sitrep explain`.
type Decision struct {
	Sentence int
	Trigger  doc.Span
	Word     string
	Pattern  string
	Coded    bool
	Why      string
}

type mentionAt struct {
	doc.Span
	ref *actorRef
}

// coder codes one document.
type coder struct {
	t        *table
	d        *doc.Doc
	mentions []mentionAt
	lastSubj *actorRef // the last named agent, for "they"/"he" subjects
	lastCVL  *actorRef // the last civilian population named, for blockades of places
	lastSrc  *actorRef // the agent of the last event coded, for "condemned the move"
	// the agent of the last asserted event of each root, for "will not
	// give in to such sieges" (the agent of the last 19x)
	srcByRoot map[string]*actorRef
	lastFight fight // the last act of force, for "called for a ceasefire"
	// countries named so far, most recent last, for "the two countries"
	countries []*actorRef
	persons   []*actorRef // coded persons named so far, for "the two leaders"
	couple    []*actorRef // the last two persons named together
	mem       discourse
	// the patient of the last event of each agent code, for "he said he
	// respects the borders" after his talks with a neighbour
	targetsOf map[string]*actorRef
	trace     []Decision
	explain   bool
	// nullTargets codes acts by a named agent even when no patient is
	// found ("Serbia eased emergency measures"); off by default.
	nullTargets bool
}

func newCoder(t *table, d *doc.Doc) *coder {
	c := &coder{t: t, d: d}
	for _, e := range d.Entities {
		ref := &actorRef{Code: e.Actor, Type: e.Type, Name: e.Name, Country: e.Country}
		for _, m := range e.Mentions {
			r := *ref
			r.Span = m.Span
			c.mentions = append(c.mentions, mentionAt{Span: m.Span, ref: &r})
		}
	}
	sort.Slice(c.mentions, func(a, b int) bool {
		x, y := c.mentions[a], c.mentions[b]
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		return x.End > y.End
	})
	c.titleNames()
	return c
}

func (c *coder) note(s *sent, i int, p *pattern, coded bool, why string) {
	if !c.explain {
		return
	}
	id := ""
	if p != nil {
		id = p.ID
	}
	c.trace = append(c.trace, Decision{Sentence: s.idx, Trigger: s.span(i), Word: s.toks[i].Text,
		Pattern: id, Coded: coded, Why: why})
}

// run codes every sentence of the document.
func (c *coder) run() []doc.Event {
	var out []doc.Event
	m := 0
	for si, ss := range c.d.Sentences {
		if ss.TokEnd <= ss.TokStart {
			continue
		}
		for m < len(c.mentions) && c.mentions[m].End <= ss.Start {
			m++
		}
		k := m
		for k < len(c.mentions) && c.mentions[k].Start < ss.End {
			k++
		}
		s := newSent(c.d, si, c.mentions[m:k])
		c.recall(s)
		c.learn(s)
		if c.d.Tokens[ss.TokStart].Head < 0 {
			// Not parsed (no trigger): it still names the countries
			// that "the two countries" may point back to.
			c.noteCountries(s)
			c.notePersons(s)
			continue
		}
		out = append(out, c.sentence(s)...)
	}
	return out
}
