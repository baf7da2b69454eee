package eval

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"sitrep/internal/annotate"
	"sitrep/internal/ingest"
)

// re3dTypes maps our entity types to the four re3d types we report on.
var re3dTypes = map[string]string{"PER": "Person", "ORG": "Organisation", "GPE": "Location",
	"LOC": "Location", "FAC": "Location", "NORP": "Nationality"}

type re3dSpan struct {
	begin, end int // character (code point) offsets, as re3d gives them
	typ        string
}

// Re3D scores the entity layer on re3d (../shared/bench/re3d): each source
// folder's documents are analysed and every mention is compared with the
// gold entities of confidence >= 0.5. "exact" wants the same character
// span (a leading "the " ignored on both sides), "overlap" any shared
// character; both need the same type.
func Re3D(ctx context.Context, reg *annotate.Registry, dir string) (exact, overlap map[string]*PRF, err error) {
	exact, overlap = map[string]*PRF{}, map[string]*PRF{}
	for _, t := range []string{"Person", "Organisation", "Location", "Nationality", "all"} {
		exact[t], overlap[t] = &PRF{}, &PRF{}
	}
	folders, _ := filepath.Glob(filepath.Join(dir, "*", "documents.json.gz"))
	if len(folders) == 0 {
		return nil, nil, fmt.Errorf("re3d: no */documents.json.gz under %s", dir)
	}
	sort.Strings(folders)
	for _, f := range folders {
		docs, err := readRe3D(f)
		if err != nil {
			return nil, nil, err
		}
		ents, err := readRe3D(filepath.Join(filepath.Dir(f), "entities.json.gz"))
		if err != nil {
			return nil, nil, err
		}
		gold := map[string][]re3dSpan{}
		for _, e := range ents {
			if c, _ := e["confidence"].(float64); c < 0.5 {
				continue
			}
			t, _ := e["type"].(string)
			if t != "Person" && t != "Organisation" && t != "Location" && t != "Nationality" {
				continue
			}
			id, _ := e["documentId"].(string)
			b, _ := e["begin"].(float64)
			en, _ := e["end"].(float64)
			gold[id] = append(gold[id], re3dSpan{int(b), int(en), t})
		}
		for _, dm := range docs {
			id, _ := dm["_id"].(string)
			text, _ := dm["text"].(string)
			d := ingest.NewDoc(text, ingest.Meta{ID: id})
			if err := reg.Run(ctx, d); err != nil {
				return nil, nil, err
			}
			var pred []re3dSpan
			for _, e := range d.Entities {
				t := re3dTypes[e.Type]
				if t == "" {
					continue
				}
				for _, m := range e.Mentions {
					b := utf8.RuneCountInString(text[:m.Start])
					pred = append(pred, re3dSpan{b, b + utf8.RuneCountInString(m.Text), t})
				}
			}
			score(text, gold[id], pred, exact, true)
			score(text, gold[id], pred, overlap, false)
		}
	}
	return exact, overlap, nil
}

func score(text string, gold, pred []re3dSpan, out map[string]*PRF, exactMatch bool) {
	runes := []rune(text)
	strip := func(s re3dSpan) re3dSpan {
		if s.end <= len(runes) && s.begin+4 <= s.end && strings.EqualFold(string(runes[s.begin:s.begin+4]), "the ") {
			s.begin += 4
		}
		return s
	}
	used := make([]bool, len(pred))
	for _, t := range []string{"Person", "Organisation", "Location", "Nationality"} {
		tp, np, ng := 0, 0, 0
		for _, p := range pred {
			if p.typ == t {
				np++
			}
		}
		for _, g := range gold {
			if g.typ != t {
				continue
			}
			ng++
			gs := strip(g)
			for i, p := range pred {
				if used[i] || p.typ != t {
					continue
				}
				ps := strip(p)
				if exactMatch && ps.begin == gs.begin && ps.end == gs.end || !exactMatch && ps.begin < gs.end && gs.begin < ps.end {
					used[i] = true
					tp++
					break
				}
			}
		}
		out[t].Add(tp, np, ng)
		out["all"].Add(tp, np, ng)
	}
}

func readRe3D(path string) ([]map[string]any, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []map[string]any
	br := bufio.NewReader(zr)
	dec := json.NewDecoder(br)
	for {
		var m map[string]any
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, m)
	}
	return out, nil
}
