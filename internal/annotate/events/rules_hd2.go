package events

import "strings"

// Rules of the hD2 round (wire-style precision on dev3.jsonl).
//
// A wire report names its source after the report: "the court sentenced
// him to 22 years, his lawyer told Reuters", "the army withdrew, a
// commander told reporters". Telling the press what was reported before
// is an attribution, like "a police spokesman said", not a statement
// made to the news agency (010). A statement to reporters whose content
// follows ("the minister told reporters that the audit was complete")
// keeps its code.

// pressNouns are the nouns naming the press as an addressee.
var pressNouns = map[string]bool{"reporter": true, "journalist": true, "press": true, "newsman": true,
	"correspondent": true, "newspaper": true, "agency": true, "broadcaster": true, "media": true}

// pressAttribution reports whether speech verb i has only the press for
// its addressees and the reported clause before it.
func (s *sent) pressAttribution(i int, p *pattern, tgt []*actorRef) bool {
	if p.Noun || !p.Say || len(tgt) == 0 {
		return false
	}
	for _, a := range tgt {
		if !strings.HasSuffix(a.Code, "MED") {
			return false
		}
	}
	if o := s.child(i, "obj", "iobj"); o >= 0 && !pressNouns[lemma(s.low(o))] && s.actorAt(o, 2) == nil {
		return false
	}
	// the reported clause: a complement before the verb, or the verb
	// hung on the clause it reports (parataxis, a comma-set ccomp)
	for _, k := range s.kids[i] {
		if r := s.rel(k); (r == "ccomp" || r == "parataxis") && k < i {
			return true
		}
	}
	// the verb hung on the clause it reports, as the parser may do with
	// "..., a resident told the BBC" (parataxis, ccomp, conj, xcomp): a
	// subject of its own set off by a comma, and no conjunction or marker
	switch s.rel(i) {
	case "parataxis", "ccomp", "conj", "xcomp":
	default:
		return false
	}
	h, n := s.head(i), s.child(i, "nsubj")
	if h < 0 || h > i || n < 0 || n > i || s.child(i, "mark", "cc") >= 0 {
		return false
	}
	left := n
	for changed := true; changed; {
		changed = false
		for _, k := range s.kids[left] {
			if k < left && s.rel(k) != "punct" {
				left, changed = k, true
			}
		}
	}
	return left > 0 && s.low(left-1) == ","
}

// fixCsubjConj repairs two coordinated clauses the parser read as a
// clausal subject: "Houthi fighters seized a cargo ship in the Red Sea
// and took its crew hostage" parsed seized/csubj -> took, and/cc ->
// took. A clausal subject with a subject of its own, followed by "and"
// hung on the verb it is the subject of, which has no subject, is the
// first of two conjoined clauses: it takes the verb's place and the
// verb becomes its conjunct, sharing its subject. It reports whether the
// tree changed. heads are 1-based.
func fixCsubjConj(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for a := range rels {
		if rels[a] != "csubj" {
			continue
		}
		h := heads[a] - 1
		if h <= a || !isVerbTag(upos[h]) {
			continue
		}
		ownSubj, hSubj, and := false, false, false
		for k := range heads {
			switch {
			case heads[k]-1 == a && (rels[k] == "nsubj" || rels[k] == "nsubj:pass") && k < a:
				ownSubj = true
			case heads[k]-1 == h && strings.HasPrefix(rels[k], "nsubj"):
				hSubj = true
			case heads[k]-1 == h && rels[k] == "cc" && lower[k] == "and" && k > a && k < h:
				and = true
			}
		}
		if !ownSubj || hSubj || !and {
			continue
		}
		heads[a], rels[a] = heads[h], rels[h]
		heads[h], rels[h] = a+1, "conj"
		changed = true
	}
	return changed
}
