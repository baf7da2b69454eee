package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// punctFixer maps typographic characters to the ASCII forms used in the
// data files, so "Azerbaijan’s" and "Azerbaijan's" share one key.
var punctFixer = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'",
	"\u201c", `"`, "\u201d", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-",
	"\u00a0", " ", "\u202f", " ",
)

// clean puts a phrase into key form with case kept: typographic quotes and
// dashes made ASCII, runs of space collapsed, and the spaces that
// tokenisers put around hyphens and clitics removed ("Nagorno - Karabakh",
// "People 's").
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = punctFixer.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, " -") || strings.Contains(s, "- ") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, " - ", "-"), " -", "-")
		s = strings.ReplaceAll(s, "- ", "-")
	}
	if strings.Contains(s, " '") {
		s = strings.ReplaceAll(s, " 's", "'s")
		s = strings.ReplaceAll(s, " '", "'")
	}
	return s
}

// isPlain reports whether clean would leave s unchanged: ASCII, single
// spaces, no spaced hyphen or clitic. Most tokens are, and skipping the
// rewrite keeps LongestMatch free of allocations for them.
func isPlain(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c < ' ' || c == '`':
			return false
		case c == ' ' && (s[i+1] == ' ' || s[i+1] == '-' || s[i+1] == '\''):
			return false
		case c == '-' && (i > 0 && s[i-1] == ' ' || i+1 < len(s) && s[i+1] == ' '):
			return false
		}
	}
	return true
}

// stripThe drops a leading article: data files and mentions differ on
// "the Kremlin" versus "Kremlin", and the gold mentions never carry it.
func stripThe(s string) string {
	if len(s) > 4 && (s[:4] == "the " || s[:4] == "The " || s[:4] == "THE ") {
		return s[4:]
	}
	return s
}

// stripPossessive removes a trailing "'s" or plural "s'" apostrophe; ok is
// false when there was none.
func stripPossessive(s string) (string, bool) {
	switch {
	case strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "'S"):
		return s[:len(s)-2], true
	case strings.HasSuffix(s, "s'"):
		return s[:len(s)-1], true
	}
	return s, false
}

// diacritics folds the accented letters that occur in the place and
// person names of the data, so "Laçın" typed as "Lacin" still matches.
// A full Unicode decomposition would need golang.org/x/text.
var diacritics = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a", "ə", "a",
	"ç", "c", "č", "c", "ć", "c",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ě", "e", "ē", "e",
	"ğ", "g", "ı", "i", "í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i",
	"ñ", "n", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o",
	"ş", "s", "š", "s", "ś", "s", "ß", "ss", "ţ", "t", "ț", "t", "ș", "s",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ý", "y", "ž", "z", "ź", "z", "ż", "z",
)

// fold gives the case- and accent-insensitive key.
func fold(s string) string { return foldLower(strings.ToLower(s)) }

// foldLower is fold for a string that is already strings.ToLower's output.
func foldLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return diacritics.Replace(s)
		}
	}
	return s // every pattern of diacritics is non-ASCII; Replace would only copy
}

// isAcronym reports whether a data surface is written in capitals ("US",
// "U.K.", "UNSC"); such surfaces must not match ordinary lower-case words.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// acronymFoldOK reports whether input may match an acronym surface that
// differs in case: "Nato" and "Unicef" (house styles) may, but "us",
// "Us" or "who" may not.
func acronymFoldOK(s string) bool {
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper >= 2 || (upper == 1 && letters >= 4 && unicode.IsUpper([]rune(s)[0]))
}

// firstWordKey is the folded text up to the first space or hyphen, used to
// reject most tokens in LongestMatch without building any phrase.
func firstWordKey(s string) string {
	s = fold(s)
	if i := strings.IndexAny(s, " -'"); i > 0 {
		return s[:i]
	}
	return s
}
