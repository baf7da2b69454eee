package events

import "sitrep/internal/doc"

// An evaluation reported from a speaker. "Britain's foreign secretary said
// prospects for a ceasefire remained bleak", "the situation in Haiti is
// catastrophic, the U.N. said", "the mediator said progress was
// encouraging": an adjective judging how things stand or go, in the
// clause a speaker reports, is that speaker's pessimistic (CAMEO 012) or
// optimistic (013) comment. Its agent is the speaker, not the subject of
// the adjective; with no reporting verb ("the camps are in dire
// condition") it codes nothing. The adjectives are the table's lines
// under "# hP evaluations".

// evaluativeSpeech are the lemmas that report a speaker's evaluation.
var evaluativeSpeech = map[string]bool{"say": true, "tell": true, "add": true, "state": true,
	"describe": true, "call": true, "note": true, "stress": true, "write": true}

// linkingVerbs carry a predicate adjective as their complement ("remained
// bleak", "looked promising").
var linkingVerbs = map[string]bool{"remain": true, "seem": true, "look": true, "appear": true,
	"become": true, "stay": true, "prove": true, "sound": true, "grow": true}

// beForms are the forms of "be" that make a progressive or a predicate.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "'s": true}

// evaluativeWords are the predicate adjectives of evaluations, with the
// comment each makes.
var evaluativeWords = map[string]string{
	"bleak": "012", "grim": "012", "dire": "012", "catastrophic": "012", "alarming": "012",
	"worrying": "012", "troubling": "012", "gloomy": "012", "dismal": "012", "precarious": "012",
	"disastrous": "012", "desperate": "012",
	"encouraging": "013", "promising": "013", "rosy": "013"}

// evaluativeVerbs are the verbs of a situation getting worse or better
// ("said the situation would deteriorate", "expected security to
// improve"), with the comment each makes.
var evaluativeVerbs = map[string]string{"worsen": "012", "deteriorate": "012", "improve": "013"}

// raisingHeads carry the clause of an evaluation in their complement
// ("is likely to worsen", "expected the situation to improve").
var raisingHeads = map[string]bool{"expect": true, "likely": true, "set": true, "continue": true,
	"begin": true, "start": true, "seem": true, "appear": true, "unlikely": true}

// evaluative returns the comment (012, 013) that the predicate adjective
// or verb of change at i makes, or "". The tagger may read "was
// encouraging" and "is promising" as progressive verbs; with no object or
// complement they are the adjectives.
func (s *sent) evaluative(i int, p *pattern) string {
	if c := evaluativeVerbs[lemma(s.low(i))]; c != "" && c == p.Code && !p.Noun && isVerbTag(s.upos(i)) {
		return c // the evaluation decides, even to code nothing
	}
	code := evaluativeWords[s.low(i)]
	if code == "" {
		return ""
	}
	switch s.upos(i) {
	case "ADJ":
		return code
	case "VERB":
		if s.child(i, "obj", "xcomp", "ccomp", "iobj") >= 0 {
			return "" // "is encouraging talks", "promising to help"
		}
		if a := s.child(i, "aux"); (a >= 0 && beForms[s.low(a)]) || s.child(i, "cop") >= 0 {
			return code
		}
	}
	return ""
}

// evaluationSpeaker returns the reporting verb whose clause holds the
// evaluation at i, or -1. The adjective must be a predicate (with a
// copula, or the complement of a linking verb), not a modifier.
func (s *sent) evaluationSpeaker(i int) int {
	if s.rel(i) == "amod" {
		return -1 // "a grim report", "promising talks"
	}
	v := i
	if h := s.head(i); h >= 0 && s.rel(i) == "xcomp" && linkingVerbs[lemma(s.low(h))] {
		v = h
	} else if s.child(i, "cop") < 0 && s.upos(i) != "VERB" {
		return -1
	}
	if evaluativeVerbs[lemma(s.low(i))] != "" && s.child(i, "obj") >= 0 {
		return -1 // "improve security" is an act, not a change reported
	}
	for n := 0; n < 2; n++ {
		// "is likely to worsen", "expected the situation to improve"
		h := s.head(v)
		if h < 0 || s.rel(v) != "xcomp" || !raisingHeads[lemma(s.low(h))] && !raisingHeads[s.low(h)] {
			break
		}
		v = h
	}
	if h := s.head(v); h >= 0 && s.rel(v) == "ccomp" && evaluativeSpeech[lemma(s.low(h))] {
		return h // "said prospects remained bleak"
	}
	for _, k := range s.kids[v] {
		// "the situation is dire, the envoy said": the report hangs
		// from the evaluation.
		if r := s.rel(k); (r == "parataxis" || r == "ccomp" || r == "advcl" || r == "conj") && evaluativeSpeech[lemma(s.low(k))] && k > i && s.child(k, "nsubj") >= 0 {
			return k
		}
	}
	return s.trailingReport(i)
}

// trailingReport returns the reporting verb of a closing attribution
// (", the U.N. human rights chief said on Tuesday."), wherever the parser
// hung it: a speech verb after i with a subject of its own, a comma
// before that subject and no reported clause of its own.
func (s *sent) trailingReport(i int) int {
	for k := i + 1; k < len(s.toks); k++ {
		if s.upos(k) != "VERB" || !evaluativeSpeech[lemma(s.low(k))] {
			continue
		}
		n := s.child(k, "nsubj")
		if n < 0 || n > k || s.child(k, "ccomp", "xcomp", "obj") >= 0 {
			return -1
		}
		for c := i + 1; c < n; c++ {
			if s.low(c) == "," {
				return k
			}
		}
		return -1
	}
	return -1
}

// evaluation codes the evaluation at i from its speaker: the speaker's
// actor as source, and the first actor named in the evaluated clause
// (other than the speaker) as target.
func (c *coder) evaluation(s *sent, i int, p *pattern, code string) ([]doc.Event, string) {
	for _, q := range c.t.byForm[s.low(i)] {
		if q.Code == code && q.Lemma == s.low(i) {
			p = q // the evaluation's own table line, as provenance
		}
	}
	h := s.evaluationSpeaker(i)
	if h < 0 {
		return nil, "an evaluation with no speaker"
	}
	neg, hyp := s.modality(h)
	if neg || hyp {
		return nil, "an evaluation not asserted"
	}
	src := c.resolveAgent(s, c.verbSubject(s, h, 0))
	if len(src) == 0 || src[0].Code == "" {
		return nil, "an evaluation with no speaker actor"
	}
	var tgt *actorRef
	top := i
	if s.rel(i) == "xcomp" {
		top = s.head(i)
	}
	for k := range s.toks {
		if k == h || s.within(k, h) && !s.within(k, top) {
			continue
		}
		if a := s.actorAt(k, 2); a != nil && a.Code != "" && a.Code != src[0].Code && s.within(k, top) {
			tgt = a
			break
		}
	}
	var out []doc.Event
	for _, a := range src {
		out = append(out, c.code1(s, i, p, code, false, false, a, tgt)...)
	}
	return out, "coded " + code + " an evaluation reported by its speaker"
}
