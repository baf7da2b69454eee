package quantities

import (
	"strings"

	"sitrep/internal/doc"
	"sitrep/internal/lexicon/units"
)

// maxLook bounds how many tokens a number phrase may span, keeping the
// scan linear in the number of tokens.
const maxLook = 6

// scanner reads the figures of one sentence.
type scanner struct {
	d     *doc.Doc
	toks  []doc.Token // the sentence's tokens
	words [maxLook]string
	out   []doc.Quantity
}

func (s *scanner) lower(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Lower
}

// window fills s.words with the lower-case tokens from i on.
func (s *scanner) window(i int) []string {
	n := 0
	for j := i; j < len(s.toks) && n < maxLook; j++ {
		s.words[n] = s.toks[j].Lower
		n++
	}
	return s.words[:n]
}

// sentence appends the figures found in toks.
func (s *scanner) sentence(toks []doc.Token) {
	s.toks = toks
	for i := 0; i < len(toks); {
		if n := s.figure(i); n > 0 {
			i += n
			continue
		}
		i++
	}
}

// figure tries to read a figure whose number starts at token i and returns
// the number of tokens consumed (0 = none).
func (s *scanner) figure(i int) int {
	w := s.lower(i)
	if w == "" || w == "$" || w == "€" || w == "£" {
		return 0
	}
	// cheap tests first: this runs for every token
	if c := w[0]; !(c >= '0' && c <= '9') && w != "zero" && w != "a" && w != "an" && strings.IndexByte(w, '-') < 0 && small[w] == 0 && vague[w] == 0 {
		return 0
	}
	var q doc.Quantity
	num, ok := parseWords(s.window(i))
	if !ok || (strings.IndexByte(w, '-') > 0 && num.Words == 1 && !isWordNumber(w)) {
		if n, ok := s.compound(i, &num, &q); ok {
			num = n
		} else {
			return 0
		}
	}
	end := i + num.Words // first token after the number
	if s.skip(i, end, num, q.Unit != "") {
		return num.Words
	}
	q.Value = num.Value
	start := i
	// Currency symbol or code before the number: "$2bn", "US$ 5", "EUR 10".
	if u, ok := units.Lookup(s.lower(i - 1)); ok && u.Kind == units.Currency {
		q.Unit = u.Name
		start = i - 1
	}
	// Range: "10 to 15", "10-15" is one token handled by numeral failing,
	// so split it here.
	if q.Range != nil {
		// "10-15" read as one token by compound
	} else if hi, n := s.rangeEnd(end); n > 0 {
		q.Range = &[2]float64{num.Value, hi}
		end += n
	}
	// Qualifier before: "about", "more than".
	if qs, qual := s.qualifier(start); qual != "" {
		q.Qualifier, start = qual, qs
	} else if q.Range != nil && s.lower(start-1) == "between" {
		start--
	}
	if num.Vague {
		if q.Qualifier == "" {
			q.Qualifier = "at least"
		}
	}
	end = s.unitAndHead(end, num, &q)
	if s.lower(end) == "ago" {
		return end - i // "two days ago" is a date, read by the dates stage
	}
	if num.Plain && !num.Vague && num.Value >= 1900 && num.Value <= 2100 && q.Qualifier == "" &&
		(q.Unit == "" && q.About == "" || q.Unit != "people" && !strings.HasSuffix(q.Unit, "s") && q.Unit != "percent") {
		// A bare year, or a year before a singular noun ("the 2020
		// ceasefire statement"): the dates stage reads it.
		return end - i
	}
	q.Span = doc.Span{Start: s.toks[start].Start, End: s.toks[end-1].End}
	if q.Category == "" {
		q.Category = s.category(start, end, q.Unit)
	}
	s.out = append(s.out, q)
	return end - i
}

// rangeEnd reads the upper bound after a number: "to 15", "and 15" (after
// "between"), "- 15".
func (s *scanner) rangeEnd(j int) (float64, int) {
	w := s.lower(j)
	if w != "to" && w != "-" && w != "–" && w != "and" {
		return 0, 0
	}
	n, ok := parseWords(s.window(j + 1))
	if !ok || n.Vague {
		return 0, 0
	}
	if w == "and" {
		// only "between 10 and 15"
		found := false
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if s.lower(k) == "between" {
				found = true
			}
		}
		if !found {
			return 0, 0
		}
	}
	return n.Value, 1 + n.Words
}

// qualifier finds an approximation or bound word just before token i.
func (s *scanner) qualifier(i int) (int, string) {
	for _, q := range qualifiers {
		k := i - len(q)
		if k < 0 {
			continue
		}
		match := true
		for m, w := range q {
			if s.toks[k+m].Lower != w {
				match = false
				break
			}
		}
		if match {
			return k, strings.Join(q, " ")
		}
	}
	return i, ""
}
