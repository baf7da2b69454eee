// Package quantities finds the figures in a text (counts, money, distances,
// percentages, durations), reads their value and says what they count.
package quantities

import (
	"strconv"
	"strings"
)

// Number is a parsed number phrase.
type Number struct {
	Value float64
	Words int  // words consumed from the phrase
	Vague bool // a magnitude word ("hundreds") given as its lower bound
	Digit bool // written with digits
	Plain bool // bare integer without separators or scale (a year candidate)
}

// ParseNumber reads a whole number phrase: "120,000", "1.5 million",
// "twenty-five", "a dozen", "$2bn" without the "$", "hundreds of
// thousands". It fails unless every word is part of the number.
func ParseNumber(s string) (float64, bool) {
	words := strings.Fields(strings.ToLower(s))
	n, ok := parseWords(words)
	if !ok || n.Words != len(words) {
		return 0, false
	}
	return n.Value, true
}

var small = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "dozen": 12,
}

// vague magnitude words, read as their lower bound.
var vague = map[string]float64{
	"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9,
}

// suffixes glued to digits: "2bn", "3m", "10k".
var suffixes = []struct {
	s string
	f float64
}{{"bn", 1e9}, {"mn", 1e6}, {"tn", 1e12}, {"b", 1e9}, {"m", 1e6}, {"k", 1e3}}

// parseWords reads the longest number phrase at the start of words (lower
// case). It never looks further than a few words.
func parseWords(w []string) (Number, bool) {
	if len(w) == 0 {
		return Number{}, false
	}
	if v, ok := vague[w[0]]; ok {
		n := Number{Value: v, Words: 1, Vague: true}
		// "hundreds of thousands", "tens of millions"
		if len(w) >= 3 && w[1] == "of" {
			if m, ok := vague[w[2]]; ok && m > v {
				n.Value, n.Words = v*m, 3
			}
		}
		return n, true
	}
	if v, plain, ok := numeral(w[0]); ok {
		n := Number{Value: v, Words: 1, Digit: true, Plain: plain}
		// "200 000" (space as thousands separator)
		if plain && v < 1000 && len(w) > 1 && len(w[1]) == 3 && allDigits(w[1]) {
			x, _ := strconv.Atoi(w[1])
			n.Value, n.Words = v*1000+float64(x), 2
		}
		if len(w) > n.Words {
			if s, ok := scales[w[n.Words]]; ok && w[n.Words] != "dozen" {
				n.Value *= s
				n.Words++
				n.Plain = false
			}
		}
		return n, true
	}
	return spelled(w)
}

// spelled reads spelled-out numbers: "three", "twenty-five", "a dozen",
// "one hundred and fifty", "a million", "two million".
func spelled(w []string) (Number, bool) {
	var total, cur float64
	i, seen := 0, false
	if w[0] == "a" || w[0] == "an" {
		if len(w) < 2 {
			return Number{}, false
		}
		if _, ok := scales[w[1]]; !ok {
			return Number{}, false
		}
		cur, i = 1, 1
	}
	for ; i < len(w); i++ {
		word := w[i]
		if word == "and" && seen && i+1 < len(w) {
			if _, ok := wordValue(w[i+1]); ok && cur >= 100 {
				continue
			}
			break
		}
		if v, ok := wordValue(word); ok {
			cur += v
			seen = true
			continue
		}
		s, ok := scales[word]
		if !ok || word == "mn" || word == "bn" || word == "tn" || word == "mln" || word == "bln" {
			break
		}
		if cur == 0 {
			cur = 1
		}
		seen = true
		if s < 1000 {
			cur *= s
		} else {
			total += cur * s
			cur = 0
		}
	}
	if !seen {
		return Number{}, false
	}
	return Number{Value: total + cur, Words: i}, true
}

// wordValue reads "seven" or "twenty-five".
func wordValue(w string) (float64, bool) {
	if v, ok := small[w]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := small[tens]
	u, ok2 := small[units]
	if !ok1 || !ok2 || t < 20 || u == 0 || u > 9 || int(t)%10 != 0 {
		return 0, false
	}
	return t + u, true
}
