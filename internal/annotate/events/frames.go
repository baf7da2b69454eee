package events

import "strings"

// Control verbs ("urge", "demand", "promise", "refuse", "threaten") take
// their leaf code from the act they are about: "urged X to release" is an
// appeal for release (0253), "refused to allow aid" a refusal of
// international involvement (1245). frameLeaf maps a frame root and the
// embedded act's code to that leaf, from the CAMEO codebook's structure.
var frameLeaf = map[string][]struct{ prefix, leaf string }{
	"02": {{"045", "028"}, {"037", "027"}, {"04", "026"}, {"0841", "0253"}, {"084", "0253"}, {"087", "0256"},
		{"086", "0255"}, {"085", "0254"}, {"082", "0252"}, {"081", "0251"}, {"0831", "0241"}, {"083", "024"},
		{"08", "025"}, {"071", "0231"}, {"072", "0232"}, {"073", "0233"}, {"074", "0234"}, {"07", "023"},
		{"061", "0211"}, {"062", "0212"}, {"063", "0213"}, {"064", "0214"}, {"06", "021"}, {"05", "022"}},
	"10": {{"045", "108"}, {"037", "107"}, {"04", "106"}, {"084", "1053"}, {"087", "1056"}, {"086", "1055"},
		{"085", "1054"}, {"082", "1052"}, {"081", "1051"}, {"0831", "1041"}, {"083", "104"}, {"08", "105"},
		{"071", "1031"}, {"072", "1032"}, {"073", "1033"}, {"074", "1034"}, {"07", "103"},
		{"061", "1011"}, {"062", "1012"}, {"063", "1013"}, {"064", "1014"}, {"06", "101"}, {"09", "101"}, {"05", "102"}},
	"03": {{"045", "039"}, {"037", "037"}, {"04", "036"}, {"084", "0353"}, {"087", "0356"}, {"086", "0355"},
		{"085", "0354"}, {"082", "0352"}, {"081", "0351"}, {"0831", "0341"}, {"083", "034"}, {"08", "035"},
		{"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
		{"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"}, {"05", "032"}},
	"12": {{"045", "126"}, {"037", "127"}, {"04", "125"}, {"084", "1243"}, {"087", "1246"}, {"086", "1245"},
		{"085", "1244"}, {"082", "1242"}, {"081", "1241"}, {"0831", "1231"}, {"083", "123"}, {"08", "124"},
		{"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"}, {"07", "122"},
		{"061", "1211"}, {"062", "1212"}, {"063", "1213"}, {"064", "1214"}, {"06", "121"}},
	"13": {{"191", "1381"}, {"192", "1382"}, {"19", "1384"}, {"18", "1383"}, {"20", "1385"},
		{"163", "1312"}, {"161", "1313"}, {"162", "1311"}, {"164", "134"}, {"165", "135"}, {"166", "136"},
		{"16", "131"}, {"175", "137"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"172", "132"},
		{"17", "137"}, {"14", "133"}},
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
	"will": true, "shall": true, "'ll": true, "wo": true, "must": true, "can": true, "ca": true}

// factive verbs report a shown fact, so "have shown that they will not
// give in" is asserted, not predicted.
var factive = map[string]bool{"show": true, "prove": true, "demonstrate": true, "confirm": true}

// Marker reports what one dependent of a verb, with relation rel and
// lower-case form l, says of the verb's act: "not", "never", "no" negate
// it; a modal auxiliary, "if", "unless" or "whether" make it hypothetical. The
// dictionary coder (verbdict) reads its verbs' dependents with it too.
func Marker(rel, l string) (neg, hyp bool) {
	switch rel {
	case "advmod":
		return l == "not" || l == "n't" || l == "never" || l == "n’t", false
	case "det":
		return l == "no", false
	case "aux":
		return false, modals[l]
	case "mark":
		return false, l == "if" || l == "unless" || l == "whether" // "whether": an open question
	}
	return false, false
}

// modality reports whether the act at trigger i is negated or
// hypothetical, from its own auxiliaries and the verbs above it.
func (s *sent) modality(i int) (neg, hyp bool) {
	for _, k := range s.kids[i] {
		n, h := Marker(s.rel(k), s.low(k))
		if n && s.focusNot(k) {
			n = false // "not only bombed Gaza"
		}
		neg, hyp = neg || n, hyp || h
	}
	h := s.head(i)
	if h >= 0 && s.rel(i) == "advcl" {
		// "would continue until the forces surrendered": the end point of
		// a predicted act is no more real than the act.
		if m := s.child(i, "mark"); m >= 0 && (s.low(m) == "until" || s.low(m) == "till") {
			if _, y := s.modality(h); y {
				hyp = true
			}
		}
	}
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
		// A verb coordinated without its own subject shares the modality
		// of the first conjunct: "should take the initiative and support".
		if s.rel(i) == "conj" && isVerbTag(s.upos(h)) && s.child(i, "nsubj") < 0 && s.child(i, "aux") < 0 && s.speechConj(i) < 0 && !s.ownClause(i, h) {
			n, y := s.modality(h)
			if s.contrasted(i) {
				n = false // "did not attack Kyiv but shelled Kharkiv"
			}
			neg, hyp = neg || n, hyp || y
		}
		// A nominal takes the modality of its support verb.
		if isNounTag(s.upos(i)) && (s.rel(i) == "obj" || s.rel(i) == "nsubj:pass") {
			n, y := s.modality(h)
			neg, hyp = neg || n, hyp || y
		}
	}
	return s.scope(i, neg, hyp)
}

// frameOf returns the code of trigger i and the embedded act it takes its
// leaf from (-1: none): a control verb's code comes from the act under it
// ("urged X to release" 0253). A weak frame with no act gives "".
func frameOf(s *sent, i int, p *pattern, inner map[int]*pattern) (code string, innerAt int) {
	code, innerAt = p.Code, -1
	if c := s.orderedOut(i, p); c != "" {
		return c, -1
	}
	if k := s.orderedAct(i, p, inner); k >= 0 {
		return inner[k].Code, k
	}
	frame := p.Frame
	if frame == "02" && p.Lemma == "seek" && s.child(i, "xcomp") >= 0 && s.child(i, "obj") < 0 {
		// "seeking to deepen a partnership": seeking to do an act
		// oneself is an intent (03); seeking aid is an appeal (02).
		frame = "03"
	}
	if p.Frame != "" {
		for _, k := range s.kids[i] {
			if frame == "03" && s.rel(k) == "ccomp" && s.perfect(k) {
				continue // "announced it has called off the strike": done
			}
			if ip, ok := inner[k]; ok && ip.Frame == "" && !(ip.Noun && s.actor[k] != nil) {
				code = frameCode(frame, p.Code, ip.Code)
				innerAt = k
				// "food aid": the compound names the kind of act.
				for _, g := range s.kids[k] {
					if gp, ok := inner[g]; ok && s.rel(g) == "compound" && gp.Frame == "" {
						code = frameCode(frame, code, gp.Code)
					}
				}
				break
			}
		}
		// A frame under a frame ("refused to commit to any assistance")
		// takes its leaf from the act at the bottom.
		for _, k := range s.kids[i] {
			if ip, ok := inner[k]; innerAt < 0 && ok && ip.Frame != "" {
				for _, g := range s.kids[k] {
					if gp, ok := inner[g]; ok && gp.Frame == "" {
						code = frameCode(frame, p.Code, gp.Code)
						innerAt = g
						break
					}
				}
			}
		}
		// "announced that it will extend the curfew", "ready to impose
		// martial law": a stated intent to coerce or attack is a threat
		// (13), not an intent to cooperate.
		// "vowed to retaliate", "pledged to crush the revolt": a promise
		// of force is a threat too, unless it is negated ("vowed not to
		// attack" is a pledge of restraint).
		if frame == "03" && innerAt >= 0 && code == p.Code {
			if r := inner[innerAt].Code[:2]; r >= "14" && r <= "20" && !s.negated(innerAt) {
				code = frameCode("13", "130", inner[innerAt].Code)
			}
		}
		// "undertook a mediation mission", "announced sanctions": a
		// support verb whose object is the act reports the act itself,
		// not an intent.
		if p.Weak && supportVerbs[p.Lemma] && innerAt >= 0 && inner[innerAt].Noun && s.rel(innerAt) == "obj" {
			return inner[innerAt].Code, innerAt
		}
		if p.Weak && (innerAt < 0 || code == p.Code) {
			return "", -1
		}
	}
	return code, innerAt
}

// negated reports whether verb i has its own "not" or "never".
func (s *sent) negated(i int) bool {
	for _, k := range s.kids[i] {
		if l := s.low(k); s.rel(k) == "advmod" && (l == "not" || l == "n't" || l == "never" || l == "n’t") {
			return true
		}
	}
	return false
}

// future reports whether verb i has a future auxiliary ("will extend").
func (s *sent) future(i int) bool {
	for _, k := range s.kids[i] {
		if s.rel(k) == "aux" && futureModals[s.low(k)] {
			return true
		}
	}
	return false
}
