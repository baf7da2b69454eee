package events

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"sitrep/internal/lexicon/cameo"
)

//go:embed table.txt
var tableText string

// pattern is one line of table.txt, compiled.
type pattern struct {
	ID        string // "table.txt:123", reported as provenance
	Code      string
	Noun      bool
	Lemma     string
	Particle  string   // "on" in "call_on": a particle or preposition child
	Obj       []string // required object lemmas (any)
	Frame     string   // root of a control verb ("02"), "" otherwise
	NoTarget  bool
	DefTarget string
	Light     bool
	Say       bool
	Yield     bool
	Weak      bool // a frame that codes nothing alone ("plan")
	Inner     bool // codes only under a control verb ("appealed for aid")
}

// constrained reports whether a pattern has a condition beyond its word,
// so that it is tried before the bare pattern of the same word.
func (p *pattern) constrained() bool { return len(p.Obj) > 0 || p.Particle != "" }

// conditions counts a pattern's conditions beyond its word (object,
// particle), to try the most specific patterns first.
func (p *pattern) conditions() int {
	n := 0
	if len(p.Obj) > 0 {
		n++
	}
	if p.Particle != "" {
		n++
	}
	return n
}

type table struct {
	byForm map[string][]*pattern // lower-case surface form -> patterns in file order
}

var (
	tblOnce sync.Once
	tbl     *table
	tblErr  error
)

func loadTable() (*table, error) {
	tblOnce.Do(func() { tbl, tblErr = parseTable(tableText) })
	return tbl, tblErr
}

func parseTable(src string) (*table, error) {
	t := &table{byForm: map[string][]*pattern{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 || (f[1] != "v" && f[1] != "n") {
			return nil, fmt.Errorf("events: table.txt:%d: want CODE v|n LEMMA, got %q", n+1, line)
		}
		if cameo.Lookup(f[0]) == nil {
			return nil, fmt.Errorf("events: table.txt:%d: %q is not a CAMEO code", n+1, f[0])
		}
		p := &pattern{ID: fmt.Sprintf("table.txt:%d", n+1), Code: f[0], Noun: f[1] == "n"}
		p.Lemma, p.Particle, _ = strings.Cut(f[2], "_")
		p.Particle = strings.ReplaceAll(p.Particle, "_", " ")
		for _, fl := range f[3:] {
			k, v, _ := strings.Cut(fl, "=")
			switch k {
			case "obj":
				obj, err := expandObj(strings.Split(v, "|"))
				if err != nil {
					return nil, fmt.Errorf("events: table.txt:%d: %v", n+1, err)
				}
				p.Obj = obj
			case "frame":
				p.Frame = v
			case "deftarget":
				p.DefTarget = v
			case "notarget":
				p.NoTarget = true
			case "light":
				p.Light = true
			case "say":
				p.Say = true
			case "yield":
				p.Yield = true
			case "weak":
				p.Weak = true
			case "inner":
				p.Inner = true
			default:
				return nil, fmt.Errorf("events: table.txt:%d: unknown flag %q", n+1, fl)
			}
		}
		forms := verbForms(p.Lemma)
		if p.Noun {
			forms = nounForms(p.Lemma)
		}
		for _, w := range forms {
			t.byForm[w] = append(t.byForm[w], p)
			if _, ok := lemmaOf[w]; !ok {
				lemmaOf[w] = p.Lemma
			}
		}
	}
	// The verbs the coder tests by lemma but the table does not list
	// ("made claims", "intend to", "said") need their forms too.
	for _, set := range []map[string]bool{supportVerbs, hypotheticalFrames, factive, intentVerbs} {
		keys := make([]string, 0, len(set))
		for l := range set {
			keys = append(keys, l)
		}
		sort.Strings(keys) // deterministic when two lemmas share a form
		for _, l := range keys {
			for _, w := range verbForms(l) {
				if _, ok := lemmaOf[w]; !ok {
					lemmaOf[w] = l
				}
			}
		}
	}
	t.addNominals()
	// Specific patterns first: "refuse obj=aid" must be tried before the
	// bare "refuse", wherever each line sits in the file.
	for _, ps := range t.byForm {
		// Two conditions are more specific than one: "fire_at
		// obj=gas" before "fire_at".
		sort.SliceStable(ps, func(a, b int) bool { return ps[a].conditions() > ps[b].conditions() })
	}
	return t, nil
}

// lemma returns the lemma of a lower-case word when the table knows it,
// else a crude suffix-stripped guess (used only to compare objects).
func lemma(w string) string {
	if l, ok := lemmaOf[w]; ok {
		return l
	}
	if l, ok := nounLemma[w]; ok {
		return l
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

var nounLemma = map[string]string{"talks": "talk", "people": "people", "men": "man", "women": "woman", "remains": "remains", "children": "child"}

// isActNoun reports whether a lower-case word is a form of a nominal
// pattern whose code is a hostile act (roots 10-20), such as "sieges"
// or "blockade": a re-mention of it names an earlier act.
func (t *table) isActNoun(w string) bool { return t.actRoot(w) != "" }

// actRoot returns the root of the first hostile nominal pattern of a
// lower-case word, or "".
func (t *table) actRoot(w string) string {
	for _, p := range t.byForm[w] {
		if p.Noun && p.Code[:2] >= "10" {
			return p.Code[:2]
		}
	}
	return ""
}
