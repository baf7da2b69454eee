package events

import "strings"

// irregular lists the past and participle forms of the irregular verbs
// used in the pattern table. Regular inflections are generated.
var irregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "fight": {"fought"}, "give": {"gave", "given"},
	"shoot": {"shot"}, "send": {"sent"}, "take": {"took", "taken"}, "make": {"made"},
	"withdraw": {"withdrew", "withdrawn"}, "forbid": {"forbade", "forbidden"},
	"say": {"said"}, "strike": {"struck", "stricken"}, "tell": {"told"}, "break": {"broke", "broken"},
	"bring": {"brought"}, "beat": {"beaten"}, "freeze": {"froze", "frozen"}, "seek": {"sought"},
	"overthrow": {"overthrew", "overthrown"}, "shut": {"shut"}, "cut": {"cut"}, "hit": {"hit"},
	"let": {"let"}, "speak": {"spoke", "spoken"}, "undertake": {"undertook", "undertaken"},
	"drive": {"drove", "driven"}, "lead": {"led"}, "win": {"won"}, "leave": {"left"},
	"swear": {"swore", "sworn"}, "steal": {"stole", "stolen"}, "blow": {"blew", "blown"},
	"foresee": {"foresaw", "foreseen"}, "forgive": {"forgave", "forgiven"}, "keep": {"kept"},
	"sell": {"sold"}, "buy": {"bought"}, "lend": {"lent"}, "throw": {"threw", "thrown"},
	"slay": {"slew", "slain"}, "arise": {"arose", "arisen"}, "put": {"put"}, "set": {"set"},
	"begin": {"began", "begun"}, "rise": {"rose", "risen"}, "come": {"came"}, "go": {"went", "gone"},
	"see": {"saw", "seen"}, "show": {"shown"}, "think": {"thought"}, "feel": {"felt"},
	"stand": {"stood"}, "hang": {"hung"}, "bid": {"bid"}, "spread": {"spread"}, "quit": {"quit"},
	"fly": {"flew", "flown"}, "flee": {"fled"}, "sit": {"sat"}, "lay": {"laid"}, "pay": {"paid"},
	"grant": nil, "bear": {"bore", "borne"}, "ride": {"rode", "ridden"}, "do": {"did", "done", "does"},
}

// verbForms returns the inflected forms of a verb lemma: -s, -ed, -ing,
// with and without a doubled final consonant (over-generating a form that
// never occurs costs nothing) plus the irregular ones.
func verbForms(l string) []string {
	out := []string{l, l + "s", l + "es"}
	stem := l
	switch {
	case strings.HasSuffix(l, "ie"):
		out = append(out, l+"d", l[:len(l)-2]+"ying")
	case strings.HasSuffix(l, "e"):
		out = append(out, l+"d", l[:len(l)-1]+"ing")
	case strings.HasSuffix(l, "y") && len(l) > 2 && !isVowel(l[len(l)-2]):
		stem = l[:len(l)-1]
		out = append(out, stem+"ies", stem+"ied", l+"ing")
	default:
		out = append(out, l+"ed", l+"ing")
		if n := len(l); n > 2 && !isVowel(l[n-1]) && isVowel(l[n-2]) && !isVowel(l[n-3]) && !strings.ContainsRune("wxy", rune(l[n-1])) {
			d := l + l[n-1:]
			out = append(out, d+"ed", d+"ing")
		}
		out = append(out, britishDoubledL(l)...) // rules_hb2.go
	}
	return append(out, irregular[l]...)
}

// nounForms returns a noun lemma and its plural.
func nounForms(l string) []string {
	switch {
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch"):
		return []string{l, l + "es"}
	case strings.HasSuffix(l, "y") && len(l) > 2 && !isVowel(l[len(l)-2]):
		return []string{l, l[:len(l)-1] + "ies"}
	}
	return []string{l, l + "s"}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// lemmaOf maps an inflected form back to the lemma it was generated from;
// filled when the table is built.
var lemmaOf = map[string]string{}
