// Package eval scores sitrep's output against gold annotations
// (../shared/contracts/gold-format.md) with one set of matching rules, so
// that everybody's figures agree. Tests use it for quality floors and
// `sitrep eval` prints it.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one gold-annotated document.
type Gold struct {
	ID   string `json:"id"`
	Meta struct {
		Outlet    string  `json:"outlet"`
		Published string  `json:"published"`
		URL       *string `json:"url"`
		Genre     string  `json:"genre"`
	} `json:"meta"`
	Text       string         `json:"text"`
	Entities   []GoldEntity   `json:"entities"`
	Events     []GoldEvent    `json:"events"`
	Quotes     []GoldQuote    `json:"quotes"`
	Quantities []GoldQuantity `json:"quantities"`
	Times      []GoldTime     `json:"times"`
}

// GoldEntity is one referent with its surface forms.
type GoldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Actor    *string  `json:"actor"`
	Mentions []string `json:"mentions"`
}

// GoldEvent is one coded event.
type GoldEvent struct {
	Source       *string `json:"source"`
	Target       *string `json:"target"`
	Code         string  `json:"code"`
	Root         string  `json:"root"`
	Quad         int     `json:"quad"`
	Negated      bool    `json:"negated"`
	Hypothetical bool    `json:"hypothetical"`
	ReportedBy   *string `json:"reported_by"`
	Evidence     string  `json:"evidence"`
	Date         *string `json:"date"`
}

// GoldQuote is one attributed quote.
type GoldQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// GoldQuantity is one figure.
type GoldQuantity struct {
	Value    float64 `json:"value"`
	Unit     string  `json:"unit"`
	About    string  `json:"about"`
	Evidence string  `json:"evidence"`
}

// GoldTime is one time expression.
type GoldTime struct {
	Text     string  `json:"text"`
	Value    *string `json:"value"`
	Evidence string  `json:"evidence"`
}

// LoadGold reads gold files; an argument may be a file or a directory of
// *.json files (notes and other files are ignored).
func LoadGold(paths ...string) ([]*Gold, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", p, err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(p, "*.json"))
		files = append(files, m...)
	}
	sort.Strings(files)
	var out []*Gold
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", f, err)
		}
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("gold %s: %w", f, err)
		}
		if g.Text == "" {
			return nil, fmt.Errorf("gold %s: no text", f)
		}
		if g.ID == "" {
			g.ID = strings.TrimSuffix(filepath.Base(f), ".json")
		}
		out = append(out, &g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no gold files in %s", strings.Join(paths, ", "))
	}
	return out, nil
}
