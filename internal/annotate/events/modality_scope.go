package events

import "strings"

// Scope of negation and modality. A "not" or a modal belongs to the verb
// it is attached to, and reaches a coordinated verb only when that verb
// has no clause of its own: "did not attack Kyiv but shelled Kharkiv"
// denies the attack, not the shelling.

// doAux are the do-support auxiliaries: like a modal, they take a bare
// verb, so an inflected verb coordinated after them is outside them.
var doAux = map[string]bool{"do": true, "does": true, "did": true}

// contrastCC are conjunctions that set the second conjunct against the
// first: a negation in the first does not carry over ("not X but Y").
var contrastCC = map[string]bool{"but": true, "yet": true}

// failFrames make the act under them one that did not happen ("failed to
// arrest", "neglected to inform").
var failFrames = map[string]bool{"fail": true, "fails": true, "failed": true, "failing": true,
	"neglect": true, "neglects": true, "neglected": true}

// questionAux open a yes/no question ("Did Russia attack Finland?").
var questionAux = map[string]bool{"do": true, "does": true, "did": true, "will": true, "would": true,
	"can": true, "could": true, "may": true, "might": true, "should": true, "shall": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// focusNot reports whether "not" at k is the focus "not only" ("not
// just", "not merely") of "not only ... but also", which negates nothing.
func (s *sent) focusNot(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.low(k + 1) {
	case "only", "just", "merely", "simply":
		return true
	}
	return false
}

// ownClause reports whether conjunct i stands outside the auxiliaries of
// the verb h it is coordinated with: it has its own copula ("will not
// send jets but is ready to deliver shells"), or it is inflected while h
// is a bare verb under do-support or a modal ("did not fire on
// protesters and arrested their leaders", "may close the border and
// recalled its envoy").
func (s *sent) ownClause(i, h int) bool {
	if s.child(i, "cop", "aux:pass") >= 0 {
		return true
	}
	bare := false
	for _, k := range s.kids[h] {
		if s.rel(k) == "aux" && (doAux[s.low(k)] || modals[s.low(k)]) {
			bare = true
		}
	}
	if !bare || !isVerbTag(s.upos(i)) {
		return false
	}
	w := s.low(i)
	return strings.HasSuffix(w, "ed") || lemma(w) != w
}

// contrasted reports whether conjunct i is joined by "but" or "yet",
// or is the "also" half of "not only ... but also".
func (s *sent) contrasted(i int) bool {
	for _, k := range s.kids[i] {
		if s.rel(k) == "cc" && contrastCC[s.low(k)] {
			return true
		}
	}
	return false
}

// scope adjusts the flags modality found for trigger i by constructions
// that lie outside its own auxiliaries: "failed to", "without", "neither
// ... nor", "no longer" and a yes/no question.
func (s *sent) scope(i int, neg, hyp bool) (bool, bool) {
	h := s.head(i)
	if h >= 0 {
		switch s.rel(i) {
		case "xcomp":
			if failFrames[s.low(h)] {
				neg = true // "failed to arrest the leaders"
			}
		case "advcl", "acl":
			if m := s.child(i, "mark"); m >= 0 && s.low(m) == "without" {
				neg = true // "left without signing the accord"
			}
		}
	}
	for _, k := range s.kids[i] {
		switch s.rel(k) {
		case "advmod":
			if s.low(k) == "longer" && k > 0 && s.low(k-1) == "no" {
				neg = true // "no longer mediates"
			}
		case "nsubj", "nsubj:pass":
			// "Neither Armenia nor Azerbaijan signed", "nor did Baku"
			for _, d := range s.kids[k] {
				if (s.rel(d) == "det" || s.rel(d) == "cc:preconj") && s.low(d) == "neither" {
					neg = true
				}
			}
		case "cc":
			if s.low(k) == "nor" {
				neg = true
			}
		}
	}
	if s.yesNoQuestion(i) {
		hyp = true
	}
	return neg, hyp
}

// yesNoQuestion reports whether i is the main verb of a sentence that
// asks whether something happened: it opens with an auxiliary and ends
// with a question mark. A wh-question ("Why did Russia attack?")
// presupposes the act and is left alone.
func (s *sent) yesNoQuestion(i int) bool {
	n := len(s.toks)
	if n < 3 || s.low(n-1) != "?" || !questionAux[s.low(0)] {
		return false
	}
	r := s.head(0)
	for r >= 0 && s.rel(r) != "root" {
		r = s.head(r)
	}
	for k := i; k >= 0; k = s.head(k) {
		if k == r {
			return true
		}
		if s.rel(k) == "ccomp" || s.rel(k) == "advcl" || s.rel(k) == "acl:relcl" {
			return false
		}
	}
	return false
}
