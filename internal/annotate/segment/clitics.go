package segment

import "strings"

// clitics split the way Universal Dependencies and CoNLL do, so that the
// tagger, parser and NER models see the words they were trained on.
var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "s'", "s’"}

// cliticAt returns the byte length of a clitic ending w, or 0.
func cliticAt(w string) int {
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			if c == "s'" || c == "s’" {
				// Plural possessive "Armenians'": split the mark only.
				return len(c) - 1
			}
			return len(c)
		}
	}
	return 0
}

// isClitic reports whether a word starting with an apostrophe is itself a
// contraction such as "'s" or "'90s", which keep their mark.
func isClitic(w string) bool {
	lw := strings.ToLower(w)
	for _, c := range []string{"'s", "’s", "'re", "'ve", "'ll", "'d", "'m", "'9", "'8", "'0", "'1", "'2", "’9", "’0", "’2"} {
		if strings.HasPrefix(lw, c) {
			return true
		}
	}
	return false
}
