package events

// dev3 (hA2) rules.
//
// An act named in what a person is accused or suspected of ("demolished
// the homes of two men accused of carrying out an attack", "arrested
// officials suspected of plotting a coup") is the allegation's content,
// not an act the text asserts: the participle describing the noun is
// itself not coded (trigger.go), so the content walk of background()
// finds no coded head and the alleged act would be coded as asserted.

// allegedParticiples are the participles that, describing a noun, name
// what that noun's referent is alleged to have done.
var allegedParticiples = map[string]bool{"accused": true, "suspected": true, "alleged": true,
	"charged": true, "wanted": true, "blamed": true, "convicted": true}

// allegedContent returns why trigger i is the content of an allegation
// describing a noun ("men accused of carrying out an attack"), or "".
func (s *sent) allegedContent(i int) string {
	k := i
	for n := 0; n < 4; n++ {
		if !s.embeds(k) && s.rel(k) != "advcl" && s.rel(k) != "obl" {
			return ""
		}
		h := s.head(k)
		if h < 0 {
			return ""
		}
		// A reduced clause the parser may hang as an adverbial ("detained
		// three men suspected of ...") when it has no marker of its own.
		if allegedParticiples[s.low(h)] && (s.rel(h) == "acl" || (s.rel(h) == "advcl" && s.child(h, "mark", "aux", "aux:pass") < 0)) {
			return "the content of an allegation (" + s.low(h) + ")"
		}
		k = h
	}
	return ""
}

func init() {
	// A crowd crush is an accident like a stampede; a canopy, ceiling or
	// balcony that collapses is a failing structure (accident_hk.go).
	causeNouns["crush"] = true
	for _, w := range []string{"canopy", "ceiling", "balcony", "scaffolding"} {
		failingStructures[w] = true
	}
}

// A court's sentence presupposes a finding of guilt: "sentenced the
// opposition leader to 22 years", "was sentenced to death" is CAMEO 116
// (find guilty or liable), not an arrest (173). The noun ("a sentence")
// keeps its pattern's code.

// sentencedGuilty returns "116" for the verb "sentence" coded as legal
// action, else "".
func (s *sent) sentencedGuilty(i int, p *pattern) string {
	if p.Noun || p.Lemma != "sentence" || p.Code != "173" {
		return ""
	}
	return "116"
}
