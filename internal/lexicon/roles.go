package lexicon

import (
	"bytes"
	"strings"
)

// Role maps a role word or title ("troops", "foreign minister") to its
// CAMEO role code. Plurals not listed in the data fall back to the
// singular.
func (g *Gazetteer) Role(word string) (code string, ok bool) {
	w := strings.ToLower(clean(word))
	if code, ok = g.roles[w]; ok {
		return code, true
	}
	for _, suf := range []string{"s", "es"} {
		if s, cut := strings.CutSuffix(w, suf); cut {
			if code, ok = g.roles[s]; ok {
				return code, true
			}
		}
	}
	if s, cut := strings.CutSuffix(w, "ies"); cut {
		code, ok = g.roles[s+"y"]
	}
	return code, ok
}

// MayStartRole reports whether a role phrase (as Role reads it) may begin
// with the token word; when it reports false, Role fails on every phrase
// starting with word, so callers can skip building them. It only decides
// for plain ASCII tokens (letters, digits, dots; anything else may be
// rewritten by clean and is answered true). Role lower-cases the phrase,
// and clean leaves such a first token alone, so the phrase's role key
// (the text before the first space, hyphen or apostrophe) is the token's
// lower-case form; Role's plural fallbacks only cut the end of a phrase,
// which changes that key only for a one-word phrase, hence the
// singulars.
func (g *Gazetteer) MayStartRole(word string) bool {
	var buf [32]byte
	if word == "" || len(word) > len(buf) {
		return true
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '.':
		default:
			return true
		}
		buf[i] = c
	}
	k := buf[:len(word)]
	if g.roleFirst[string(k)] {
		return true
	}
	for _, suf := range []string{"s", "es"} {
		if s, cut := bytes.CutSuffix(k, []byte(suf)); cut && g.roleFirst[string(s)] {
			return true
		}
	}
	if s, cut := bytes.CutSuffix(k, []byte("ies")); cut {
		return g.roleFirst[string(s)+"y"]
	}
	return false
}

// roleKey is a role's text up to its first space, hyphen or apostrophe.
func roleKey(w string) string {
	if i := strings.IndexAny(w, " -'"); i >= 0 {
		return w[:i]
	}
	return w
}
