package events

import "strings"

// Control verbs ("urge", "demand", "promise", "refuse", "threaten") take
// their leaf code from the act they are about: "urged X to release" is an
// appeal for release (0253), "refused to allow aid" a refusal of
// international involvement (1245). frameLeaf maps a frame root and the
// embedded act's code to that leaf, from the CAMEO codebook's structure.
var frameLeaf = map[string][]struct{ prefix, leaf string }{
	"02": {{"045", "028"}, {"04", "026"}, {"0841", "0253"}, {"084", "0253"}, {"087", "0256"},
		{"086", "0255"}, {"085", "0254"}, {"081", "0251"}, {"08", "025"}, {"07", "023"},
		{"06", "021"}, {"05", "022"}},
	"10": {{"045", "108"}, {"04", "106"}, {"084", "1053"}, {"087", "1056"}, {"086", "1055"},
		{"085", "1054"}, {"081", "1051"}, {"08", "105"}, {"073", "1033"}, {"07", "103"},
		{"06", "101"}, {"05", "102"}},
	"03": {{"045", "037"}, {"04", "036"}, {"084", "0353"}, {"087", "0356"}, {"086", "0355"},
		{"085", "0354"}, {"08", "035"}, {"073", "0333"}, {"07", "033"}, {"06", "031"}, {"05", "032"}},
	"12": {{"045", "126"}, {"04", "125"}, {"084", "1243"}, {"087", "1246"}, {"086", "1245"},
		{"085", "1244"}, {"081", "1241"}, {"08", "124"}, {"07", "122"}, {"06", "121"}},
	"13": {{"191", "1381"}, {"192", "1382"}, {"19", "1384"}, {"18", "1383"}, {"20", "1385"},
		{"163", "1312"}, {"161", "1313"}, {"16", "131"}, {"17", "137"}, {"164", "134"}},
}

// refusal maps a negated concession ("will not give in", "has not
// released") to the refusal code of the same act.
func refusal(code string) string {
	for _, f := range frameLeaf["12"] {
		if strings.HasPrefix(code, f.prefix) {
			return f.leaf
		}
	}
	return "124"
}

// frameCode returns the leaf for a frame root and embedded code, or the
// frame's base code when no leaf fits.
func frameCode(root, base, inner string) string {
	for _, f := range frameLeaf[root] {
		if strings.HasPrefix(inner, f.prefix) {
			return f.leaf
		}
	}
	return base
}

// hypotheticalFrames make the act under them a possibility, not a fact.
var hypotheticalFrames = map[string]bool{"plan": true, "intend": true, "want": true, "hope": true,
	"expect": true, "consider": true, "aim": true, "prepare": true, "wish": true, "threaten": true}

// modals mark a predicted or possible act.
var modals = map[string]bool{"may": true, "might": true, "could": true, "would": true, "should": true,
	"will": true, "shall": true, "'ll": true, "wo": true, "must": true}

// factive verbs report a shown fact, so "have shown that they will not
// give in" is asserted, not predicted.
var factive = map[string]bool{"show": true, "prove": true, "demonstrate": true, "confirm": true}

// modality reports whether the act at trigger i is negated or
// hypothetical, from its own auxiliaries and the verbs above it.
func (s *sent) modality(i int) (neg, hyp bool) {
	for _, k := range s.kids[i] {
		l := s.low(k)
		switch s.rel(k) {
		case "advmod":
			if l == "not" || l == "n't" || l == "never" || l == "n’t" {
				neg = true
			}
		case "det":
			if l == "no" {
				neg = true
			}
		case "aux":
			if modals[l] {
				hyp = true
			}
		case "mark":
			if l == "if" || l == "unless" {
				hyp = true
			}
		}
	}
	h := s.head(i)
	if h >= 0 {
		switch s.rel(i) {
		case "xcomp":
			if hypotheticalFrames[lemma(s.low(h))] {
				hyp = true
			}
		case "ccomp":
			if hyp && factive[lemma(s.low(h))] {
				hyp = false
			}
		}
		// A nominal takes the modality of its support verb.
		if isNounTag(s.upos(i)) && (s.rel(i) == "obj" || s.rel(i) == "nsubj:pass") {
			n, y := s.modality(h)
			neg, hyp = neg || n, hyp || y
		}
	}
	return neg, hyp
}
