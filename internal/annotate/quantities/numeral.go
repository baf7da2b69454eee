package quantities

import "strconv"

// numeral reads a number written with digits: "120,000", "1.5", "2bn",
// "3m". plain is true for a bare integer without separators or suffix,
// which might be a year or a code rather than a count.
func numeral(s string) (v float64, plain bool, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false, false
	}
	mult := 1.0
	for _, suf := range suffixes {
		if len(s) > len(suf.s) && s[len(s)-len(suf.s):] == suf.s {
			c := s[len(s)-len(suf.s)-1]
			if c >= '0' && c <= '9' {
				s, mult = s[:len(s)-len(suf.s)], suf.f
				break
			}
		}
	}
	// Validate: digit groups of three after commas, one decimal point.
	buf := make([]byte, 0, len(s))
	commas, dot, group := 0, false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			buf = append(buf, c)
			group++
		case c == ',':
			if dot || group == 0 || (commas > 0 && group != 3) || (commas == 0 && group > 3) {
				return 0, false, false
			}
			commas++
			group = 0
		case c == '.':
			if dot || (commas > 0 && group != 3) || i == len(s)-1 {
				return 0, false, false
			}
			dot = true
			buf = append(buf, c)
			group = 0
		default:
			return 0, false, false
		}
	}
	if commas > 0 && !dot && group != 3 {
		return 0, false, false
	}
	f, err := strconv.ParseFloat(string(buf), 64)
	if err != nil {
		return 0, false, false
	}
	return f * mult, commas == 0 && !dot && mult == 1, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
