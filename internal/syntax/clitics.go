package syntax

import "strings"

// SplitClitics splits a surface token into UD syntactic words the way
// EWT/GUM do: "don't" -> "do" "n't", "Azerbaijan's" -> "Azerbaijan" "'s",
// "we're" -> "we" "'re", "can't" -> "ca" "n't", "won't" -> "wo" "n't".
// The tokenizer should call it on every token before Tag/Parse so that
// run-time words match the training words. Tokens without a clitic are
// returned as a one-element slice. Curly apostrophes are accepted.
func SplitClitics(word string) []string {
	w := strings.ReplaceAll(word, "\u2019", "'")
	lw := strings.ToLower(w)
	if len(lw) > 3 && strings.HasSuffix(lw, "n't") {
		cut := len(w) - 3
		if word != w { // keep the original apostrophe form
			return []string{word[:cut], word[cut:]}
		}
		return []string{w[:cut], w[cut:]}
	}
	for _, suf := range [...]string{"'s", "'re", "'ll", "'ve", "'d", "'m"} {
		if len(lw) > len(suf) && strings.HasSuffix(lw, suf) {
			cut := len(w) - len(suf)
			if word != w {
				cut = len(word) - len(suf) - 2 // the curly quote is 3 bytes
			}
			return []string{word[:cut], word[cut:]}
		}
	}
	return []string{word}
}

// SplitAllClitics applies SplitClitics to every token.
func SplitAllClitics(tokens []string) []string {
	out := make([]string, 0, len(tokens)+len(tokens)/8)
	for _, t := range tokens {
		out = append(out, SplitClitics(t)...)
	}
	return out
}
