package query

import (
	"fmt"
	"slices"
	"strings"
)

// ploverContexts are the PLOVER contexts sitrep's events can carry: those
// of the CAMEO code table and of the keyword table in
// internal/lexicon/cameo/data (TestContextsCoverLexicon keeps this list
// in step with both). A name outside it would select nothing, which looks
// like an answer, so it is refused instead.
var ploverContexts = []string{"agriculture", "asylum", "business", "cbrn", "corruption", "crime", "cyber",
	"democracy", "diplomatic", "disaster", "economic", "election", "environment", "executive", "gender", "health",
	"human_rights", "human_security", "humanitarian", "intelligence", "legal", "legislative", "media", "migration",
	"military", "peacekeeping", "political_institutions", "pro_autocracy", "religion_ethnicity", "resources",
	"rights_freedoms", "territory", "terrorism", "transportation"}

// Contexts lists the PLOVER context names the context filter accepts,
// sorted.
func Contexts() []string { return slices.Clone(ploverContexts) }

// ploverContext checks a PLOVER context name, case-insensitive, with "-"
// or a space accepted for "_" ("human-rights").
func ploverContext(s string) (string, error) {
	c := strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "_")
	if c == "" {
		return "", nil
	}
	if _, ok := slices.BinarySearch(ploverContexts, c); !ok {
		return "", fmt.Errorf("context %q: unknown PLOVER context (want one of %s)", s, strings.Join(ploverContexts, ", "))
	}
	return c, nil
}
