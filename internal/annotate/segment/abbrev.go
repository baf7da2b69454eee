package segment

import "strings"

// abbreviations that keep their period. Lower-case keys without the dot.
var abbreviations = map[string]bool{}

// sentenceFinalAbbrev may end a sentence ("... talks with the U.S. The
// next day ..."): a following capitalised sentence starter splits.
var sentenceFinalAbbrev = map[string]bool{
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "etc": true, "jr": true, "sr": true, "a.m": true, "p.m": true, "plc": true,
}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig
	gov sen rep pres amb sec min supt insp det st ste mt ft no nos vol vs v etc approx est dept
	univ assn bros inc ltd co corp plc jr sr rev hon jan feb mar apr jun jul aug sep sept oct
	nov dec mon tue tues wed thu thur thurs fri sat sun fig figs op cf al e.g i.e a.m p.m
	u.s u.k u.n e.u u.s.a no pp para art sec ave blvd rd km mln bln pct dec. cie`) {
		abbreviations[a] = true
	}
}

// keepPeriod reports whether the final period of w belongs to it.
func keepPeriod(w string) bool {
	core := strings.TrimSuffix(w, ".")
	if core == "" {
		return false
	}
	lc := strings.ToLower(core)
	if abbreviations[lc] {
		return true
	}
	// Initials and dotted acronyms: "J.", "U.S.", "A.B.C.".
	if len(core) == 1 && core[0] >= 'A' && core[0] <= 'Z' {
		return true
	}
	if strings.Contains(core, ".") {
		for _, part := range strings.Split(core, ".") {
			if len(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// mayEndSentence reports whether an abbreviation token (with its period)
// may also close a sentence.
func mayEndSentence(w string) bool {
	return sentenceFinalAbbrev[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// starters are words that begin sentences far more often than they follow
// an abbreviation inside one.
var starters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an he she it they we i this that these those his her
	their its in on at but and however meanwhile officials there when after before while if as
	according some many most one two three`) {
		starters[w] = true
	}
}
