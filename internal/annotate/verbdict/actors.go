package verbdict

import (
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon"
)

// hit is an actor found for an event: its code and the words naming it.
type hit struct {
	Code string
	Span doc.Span
}

// phraseTop climbs from a token to the head of the noun phrase it
// modifies, so that "Gondor" in "Gondor's government" stands for the
// government: PETRARCH joins an agent to the actor that qualifies it.
func (v *view) phraseTop(i int) int {
	for n := 0; n < 3; n++ {
		h := v.head(i)
		if h < 0 {
			return i
		}
		switch v.rel(i) {
		case "compound", "flat", "nmod:poss", "amod":
		case "nmod":
			if c := v.caseOf(i); c != "of" && c != "in" && c != "from" {
				return i
			}
		default:
			return i
		}
		if u := v.upos(h); u != "NOUN" && u != "PROPN" {
			return i
		}
		if v.ment[h] >= 0 && v.ment[h] != v.ment[i] {
			return i // two actors side by side: keep the one matched
		}
		i = h
	}
	return i
}

// conjuncts returns i and the tokens coordinated with it.
func (v *view) conjuncts(i int) []int {
	out := []int{i}
	for k := 0; k < len(out) && k < 16; k++ {
		for _, c := range v.kids[out[k]] {
			if v.rel(c) == "conj" && !isVerb(v.upos(c)) {
				out = append(out, c)
			}
		}
	}
	return out
}

func isVerb(u string) bool { return u == "VERB" || u == "AUX" }

// phrase returns the actors of the noun phrase headed by i: the actor
// mention at i or one qualifying it ("the government of Gondor"), joined
// with the agent that i or its compound words name ("Calenardhon
// government" -> CALGOV). A phrase with an agent and no actor gives
// nothing: the coder does not guess whose officials they are.
func (v *view) phrase(i int) []hit {
	var bases []int // tokens of coded mentions
	if v.ment[i] >= 0 {
		bases = append(bases, i)
	} else {
		v.findBases(i, 2, &bases)
	}
	if len(bases) == 0 {
		return nil
	}
	role := v.roleOf(i)
	var out []hit
	for _, b := range bases {
		id := v.ment[b]
		code := v.codes[id]
		if role != "" && !strings.HasSuffix(code, role) {
			code += role
		}
		out = append(out, hit{Code: code, Span: v.spans[id]})
	}
	return out
}

// findBases collects the coded mentions among the modifiers of i (and
// their conjuncts), up to depth levels down.
func (v *view) findBases(i, depth int, out *[]int) {
	if depth == 0 {
		return
	}
	for _, c := range v.kids[i] {
		switch v.rel(c) {
		case "compound", "amod", "flat", "nmod:poss", "appos", "nmod":
			if v.rel(c) == "nmod" {
				if cs := v.caseOf(c); cs != "of" && cs != "in" && cs != "from" {
					continue
				}
			}
			for _, k := range v.conjuncts(c) {
				if v.ment[k] >= 0 {
					*out = append(*out, k)
				} else {
					v.findBases(k, depth-1, out)
				}
			}
			if len(*out) > 0 {
				return
			}
		}
	}
}

// roleOf returns the agent code named by token i with its compound and
// adjective modifiers ("foreign minister", "security officials"), or by
// i alone, from the gazetteer (which holds the --actors agents).
func (v *view) roleOf(i int) string {
	g := lexicon.Default()
	var mods []int
	for _, c := range v.kids[i] {
		if c < i && (v.rel(c) == "compound" || v.rel(c) == "amod") && v.ment[c] < 0 {
			mods = append(mods, c)
		}
	}
	for k := 0; k < len(mods); k++ {
		words := make([]string, 0, len(mods)-k+1)
		for _, c := range mods[k:] {
			words = append(words, v.low[c])
		}
		if code, ok := g.Role(strings.Join(append(words, v.low[i]), " ")); ok {
			return code
		}
	}
	if v.ment[i] < 0 {
		if code, ok := g.Role(v.low[i]); ok {
			return code
		}
	}
	// "Prime Minister Romendacil": a title before a named person.
	for _, c := range mods {
		if code, ok := g.Role(v.low[c]); ok {
			return code
		}
	}
	return ""
}

// actorsAt returns the actors of the phrase a matched slot at token s
// stands for, with its conjuncts.
func (v *view) actorsAt(s int) []hit {
	var out []hit
	ks := v.conjuncts(v.phraseTop(s))
	if v.ment[s] >= 0 {
		ks = append(ks, v.listed(s)...)
	}
	seen := map[doc.Span]bool{}
	for _, k := range ks {
		for _, h := range v.phrase(k) {
			if !seen[h.Span] {
				seen[h.Span] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// listed returns the actor mentions listed with the mention at token s
// ("Fornost and Gondor", "Mordor, Rohan and Bree"), read from the words:
// the parser sometimes misses a coordination that the commas and "and"
// make plain. Determiners and adjectives may come between ("and the evil
// Gondor").
func (v *view) listed(s int) []int {
	var out []int
	id := v.ment[s]
	// leftwards from the mention's first token
	for k := v.first[id]; ; {
		j := k - 1
		if j < 1 || !listWord(v.low[j]) {
			break
		}
		j--
		for j >= 0 && v.ment[j] < 0 && (v.upos(j) == "DET" || v.upos(j) == "ADJ") {
			j--
		}
		if j < 0 || v.ment[j] < 0 {
			break
		}
		k = v.first[v.ment[j]]
		out = append(out, k)
	}
	// rightwards from its last token
	for k := v.last[id]; ; {
		j := k + 1
		if j+1 >= len(v.toks) || !listWord(v.low[j]) {
			break
		}
		j++
		for j < len(v.toks) && v.ment[j] < 0 && (v.upos(j) == "DET" || v.upos(j) == "ADJ") {
			j++
		}
		if j >= len(v.toks) || v.ment[j] < 0 {
			break
		}
		out = append(out, j)
		k = v.last[v.ment[j]]
	}
	return out
}

func listWord(w string) bool { return w == "and" || w == "," || w == "or" || w == "nor" }
