package query

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The checks below turn user input (flags, URL query values) into values
// the store can trust, or into an error that says which value is wrong and
// what was expected.

// date checks a YYYY-MM-DD calendar date ("2023-02-30" is refused).
func date(key, s string) (string, error) {
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", fmt.Errorf("%s %q: not a calendar date YYYY-MM-DD", key, s)
	}
	return s, nil
}

// dateRange checks both ends and their order.
func dateRange(from, to string) (string, string, error) {
	f, err := date("from", from)
	if err != nil {
		return "", "", err
	}
	t, err := date("to", to)
	if err != nil {
		return "", "", err
	}
	if f != "" && t != "" && f > t {
		return "", "", fmt.Errorf("from %s is after to %s", f, t)
	}
	return f, t, nil
}

// actorCode checks a CAMEO actor code or prefix: letters in groups of
// three ("AZE", "AZEGOV", "IGOUNOREFHCR"), upper-cased.
func actorCode(key, s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	ok := len(s)%3 == 0 && len(s) <= 21
	for i := 0; ok && i < len(s); i++ {
		ok = s[i] >= 'A' && s[i] <= 'Z'
	}
	if !ok {
		return "", fmt.Errorf("%s %q: not a CAMEO actor code (three-letter parts such as AZE, AZEGOV, IGOUNO)", key, s)
	}
	return s, nil
}

// eventCode checks a CAMEO event code: 3 or 4 digits under a root 01-20
// ("191", "0314"). A two-digit code is returned as a root.
func eventCode(s string) (code, root string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", "", nil
	}
	if !digits(s) || len(s) < 2 || len(s) > 4 || !validRoot(s[:2]) {
		return "", "", fmt.Errorf("code %q: not a CAMEO event code (3 or 4 digits under a root 01-20, e.g. 042, 191, 1823)", s)
	}
	if len(s) == 2 {
		return "", s, nil
	}
	return s, "", nil
}

func cameoRoot(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) == 1 && digits(s) {
		s = "0" + s // "4" means root 04
	}
	if s != "" && (len(s) != 2 || !digits(s) || !validRoot(s)) {
		return "", fmt.Errorf("root %q: not a CAMEO root (01-20)", s)
	}
	return s, nil
}

func validRoot(r string) bool { return r >= "01" && r <= "20" }

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// quadNames are the QuadClass names accepted besides the numbers 1-4.
var quadNames = map[string]int{
	"verbal-cooperation": 1, "material-cooperation": 2, "verbal-conflict": 3, "material-conflict": 4,
	"vcoop": 1, "mcoop": 2, "vconf": 3, "mconf": 4,
}

func quad(s string) (int, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0, nil
	}
	if q, ok := quadNames[s]; ok {
		return q, nil
	}
	if q, err := strconv.Atoi(s); err == nil && q >= 1 && q <= 4 {
		return q, nil
	}
	return 0, fmt.Errorf("quad %q: unknown QuadClass (want 1-4: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)", s)
}

// ploverTypes are the 16 PLOVER event types.
var ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
	"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

func plover(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	for _, p := range ploverTypes {
		if p == s {
			return s, nil
		}
	}
	return "", fmt.Errorf("plover %q: unknown PLOVER event type (want one of %s)", s, strings.Join(ploverTypes, ", "))
}

// number parses a non-negative integer no larger than max.
func number(key, s string, max int) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > max {
		return 0, fmt.Errorf("%s %q: want a whole number from 0 to %d", key, s, max)
	}
	return n, nil
}

func boolean(key, s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "0", "false", "no", "off":
		return false, nil
	case "1", "true", "yes", "on":
		return true, nil
	}
	return false, fmt.Errorf("%s %q: want true or false", key, s)
}
