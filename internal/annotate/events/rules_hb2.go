package events

// Rules of the hB2 round (wire-style recall on dev3.jsonl).
//
// The plural of a "-way" noun ("highways", "motorways", "waterways") is
// read by the tagger as an adverb like "always" or "sideways", which
// leaves a verb such as "blocked" without its object. wayNouns are the
// "-way" nouns whose plural is no adverb.
var wayNouns = map[string]bool{"highways": true, "motorways": true, "railways": true, "waterways": true,
	"expressways": true, "freeways": true, "roadways": true, "runways": true, "gateways": true,
	"pathways": true, "walkways": true, "subways": true, "causeways": true, "airways": true,
	"seaways": true, "tramways": true, "doorways": true, "hallways": true, "driveways": true,
	"alleyways": true, "gangways": true, "carriageways": true}

// fixWayNounAdverb retags as a noun the plural of a "-way" noun read as an
// adverb. It reports whether a tag changed.
func fixWayNounAdverb(lower, upos []string) bool {
	changed := false
	for i, w := range lower {
		if upos[i] == "ADV" && wayNouns[w] {
			upos[i] = "NOUN"
			changed = true
		}
	}
	return changed
}

// hb2Refine returns a more exact code for trigger i, or "": a military
// strike on a target (195), diplomats declared persona non grata (174).
func (s *sent) hb2Refine(i int, p *pattern) string {
	if c := s.personaNonGrata(i, p); c != "" {
		return c
	}
	return s.strikeOnTarget(i, p)
}

// Declaring officials "persona non grata" orders them out of the country
// (174, "expel or deport individuals"), however the parser hangs the
// Latin words.

// personaNonGrata returns "174" when verb "declare" is followed within
// eight words by "persona non grata", else "".
func (s *sent) personaNonGrata(i int, p *pattern) string {
	if p.Noun || p.Lemma != "declare" {
		return ""
	}
	for k := i + 3; k < len(s.toks) && k <= i+8; k++ {
		if s.low(k) == "grata" && s.low(k-1) == "non" && s.low(k-2) == "persona" {
			return "174"
		}
	}
	return ""
}

// A "strike on" a place or a target is an attack (195, "employ aerial
// weapons"): "carried out strikes on three nuclear facilities". A labour
// strike (143) takes "on" only for its time ("a strike on Monday").

// strikeOnTarget returns "195" when the noun "strike" coded 143, or the
// verb it is the object of, has an "on" complement that is no time word
// and no "strike on pay", else "".
func (s *sent) strikeOnTarget(i int, p *pattern) string {
	if !p.Noun || p.Code != "143" || lemma(s.low(i)) != "strike" {
		return ""
	}
	heads := []int{i}
	if h := s.head(i); h >= 0 && s.rel(i) == "obj" {
		heads = append(heads, h) // "carried out strikes on the bases"
	}
	for _, h := range heads {
		for _, k := range s.kids[h] {
			if (s.rel(k) == "nmod" || s.rel(k) == "obl") && s.caseOf(k) == "on" && !timeWords[s.low(k)] &&
				!labourTopics[lemma(s.low(k))] {
				return "195"
			}
		}
	}
	return ""
}

// labourTopics are what a labour strike may be "on".
var labourTopics = map[string]bool{"pay": true, "wage": true, "salary": true, "pension": true, "condition": true}

// A non-restrictive relative clause (", who met the president") that the
// parser hung as a conjunct or a parataxis of the main verb leaves "who"
// without its antecedent, so the clause's act has no agent. The clause
// belongs to the noun just before the comma ("a visit by a US envoy, who
// met the president"): fixRelativeConjunct makes it that noun's relative
// clause.

func init() {
	clauseRepairs = append(clauseRepairs, fixRelativeConjunct)
}

// fixRelativeConjunct re-attaches as acl:relcl of the noun before the
// comma a verb whose subject is "who" right after that comma and which
// the parser made a conjunct, a parataxis or an adverbial clause. heads
// are 1-based. It reports
// whether the tree changed.
func fixRelativeConjunct(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := 2; k < len(lower); k++ {
		if lower[k] != "who" || rels[k] != "nsubj" || lower[k-1] != "," {
			continue
		}
		h := heads[k] - 1
		if h <= k || upos[h] != "VERB" || (rels[h] != "conj" && rels[h] != "parataxis" && rels[h] != "advcl") {
			continue
		}
		n := k - 2
		if rels[n] == "flat" && heads[n]-1 < n {
			n = heads[n] - 1
		}
		if upos[n] != "NOUN" && upos[n] != "PROPN" {
			continue
		}
		if dominates(heads, h, n) {
			continue
		}
		heads[h], rels[h] = n+1, "acl:relcl"
		changed = true
	}
	return changed
}

// British spelling doubles a final "l" after a single vowel letter even
// in an unstressed syllable: "initialled", "cancelled", "signalled",
// "fuelled". vowelPairsL are the vowel pairs before "l" that stay single
// ("appealed", "failed", "boiled").
var vowelPairsL = map[string]bool{"ea": true, "ee": true, "oo": true, "ai": true, "oi": true,
	"ou": true, "au": true, "ei": true}

// britishDoubledL returns the British past and "-ing" forms of a verb
// lemma ending in a vowel and "l", or nil.
func britishDoubledL(l string) []string {
	n := len(l)
	if n < 4 || l[n-1] != 'l' || !isVowel(l[n-2]) || vowelPairsL[l[n-3:n-1]] {
		return nil
	}
	return []string{l + "led", l + "ling"}
}

// A resultative adjective right after its verb ("shot dead the mayor",
// "left unconscious two guards") may be parsed as the head of the verb's
// object, which leaves the verb without one. fixResultativeObject hangs
// such an object from the verb. heads are 1-based.

func init() {
	clauseRepairs = append(clauseRepairs, fixResultativeObject)
}

// fixResultativeObject re-attaches to verb v the object of an adjective
// that is v's xcomp and follows it directly, when v has no object of its
// own. It reports whether the tree changed.
func fixResultativeObject(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := range lower {
		h := heads[k] - 1
		if rels[k] != "obj" || h < 1 || upos[h] != "ADJ" || rels[h] != "xcomp" {
			continue
		}
		v := heads[h] - 1
		if v != h-1 || upos[v] != "VERB" {
			continue
		}
		hasObj := false
		for j := range lower {
			if heads[j]-1 == v && rels[j] == "obj" {
				hasObj = true
			}
		}
		if !hasObj {
			heads[k] = v + 1
			changed = true
		}
	}
	return changed
}
