package verbdict

import "strings"

// inflect returns a verb's regular forms: itself, -s, -ed, -ing, with and
// without a doubled final consonant ("ban", "banned"). Generating a form
// that never occurs costs nothing; generating a misspelling would code
// it, so "-es" is only added after a sibilant ("departes" is not a form
// of "depart").
func inflect(w string) []string {
	if w == "" {
		return nil
	}
	out := []string{w}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ie"):
		out = append(out, w+"s", w+"d", w[:n-2]+"ying")
	case strings.HasSuffix(w, "ee"):
		out = append(out, w+"s", w+"d", w+"ing")
	case strings.HasSuffix(w, "e"):
		out = append(out, w+"s", w+"d", w[:n-1]+"ing")
	case n > 2 && w[n-1] == 'y' && !vowel(w[n-2]):
		out = append(out, w[:n-1]+"ies", w[:n-1]+"ied", w+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
		if n > 2 && !vowel(w[n-1]) && vowel(w[n-2]) && !vowel(w[n-3]) && !strings.ContainsRune("wxy", rune(w[n-1])) {
			dd := w + w[n-1:]
			out = append(out, dd+"ed", dd+"ing")
		}
	}
	return out
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
