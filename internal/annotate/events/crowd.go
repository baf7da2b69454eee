package events

import "strings"

// Acts of crowds and workers. The same words code differently with a
// crowd or workers as their agent:
//
//   - a strike by workers, teachers, doctors or farmers is a labour
//     strike (143), not an attack: "Rail workers struck for a third
//     day", "Transport unions launched a 48-hour strike";
//   - protesting against something as a crowd is a demonstration (141),
//     while a government protesting against it disapproves (110):
//     "Tens of thousands of Israelis protested against the overhaul";
//   - protesters or rioters attacking a building or the police riot
//     (145): "Rioters attacked the police station".

// workerRoles are the role codes of people who strike or march.
var workerRoles = []string{"LAB", "EDU", "HLH", "AGR", "OPP", "CVL"}

// crowdHeads are subject nouns that name a crowd by its size.
var crowdHeads = map[string]bool{"ten": true, "tens": true, "hundred": true, "hundreds": true,
	"thousand": true, "thousands": true, "dozen": true, "dozens": true, "score": true,
	"scores": true, "million": true, "millions": true, "crowd": true, "crowds": true}

// rioterHeads are subject nouns that name people protesting.
var rioterHeads = map[string]bool{"rioter": true, "protester": true, "protestor": true,
	"demonstrator": true, "mob": true, "crowd": true, "marcher": true}

// crowdCode returns the code of trigger i with agent code src, given the
// rules above; code unchanged when none applies.
func (s *sent) crowdCode(i int, p *pattern, code, src string) string {
	n := s.child(i, "nsubj")
	head := ""
	if n >= 0 {
		head = lemma(s.low(n))
	}
	switch {
	case code[:2] == "19" && !p.Noun && s.labourStrike(i, p) && (workerRole(src) || n >= 0 && crowdHeads[s.low(n)]):
		return "143"
	case code[:2] == "11" && strings.HasPrefix(p.Lemma, "protest") && n >= 0 && (crowdHeads[s.low(n)] || workerRole(src)):
		return "141"
	case code == "190" && rioterHeads[head]:
		return "145"
	}
	return code
}

// labourStrike reports whether verb i is "strike" with no object or takes
// "strike" or "walkout" as its object ("launched a strike").
func (s *sent) labourStrike(i int, p *pattern) bool {
	if p.Lemma == "strike" {
		return s.child(i, "obj") < 0 && s.child(i, "obl") < 0 || s.objectIs(i, []string{"day", "week", "hour"}, false)
	}
	return s.objectIs(i, []string{"strike", "walkout", "stoppage"}, false)
}

func workerRole(src string) bool {
	if len(src) < 3 || strings.HasSuffix(src, "GOV") || strings.HasSuffix(src, "MIL") {
		return false
	}
	for _, r := range workerRoles {
		if strings.HasSuffix(src, r) {
			return true
		}
	}
	return false
}

// quantityWords head a noun phrase that counts or groups its "of" noun:
// "tens of thousands of reservists", "a group of prisoners".
var quantityWords = map[string]bool{"ten": true, "hundred": true, "thousand": true, "million": true,
	"dozen": true, "score": true, "number": true, "group": true, "batch": true, "handful": true,
	"tens": true, "hundreds": true, "thousands": true, "millions": true, "dozens": true, "scores": true}

// countedObject reports whether an object of trigger i counts what the
// pattern wants through a chain of quantity nouns: "called up tens of
// thousands of reservists" (objectIs looks one "of" deep only).
func (s *sent) countedObject(i int, want []string, noun bool) bool {
	if noun {
		return false
	}
	for _, c := range s.kids[i] {
		if r := s.rel(c); r != "obj" && r != "nsubj:pass" && r != "xcomp" {
			continue
		}
		for depth := 0; depth < 4 && c >= 0 && quantityWords[s.low(c)]; depth++ {
			c = s.child(c, "nmod")
			if c >= 0 && s.lemmaIn(c, want) {
				return true
			}
		}
	}
	return false
}
