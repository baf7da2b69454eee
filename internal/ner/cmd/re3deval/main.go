// Command re3deval scores the embedded NER model on the re3d corpus
// (Person, Organisation, Location, Nationality), mapping our CoNLL types
// PER->Person, ORG->Organisation, LOC->Location, MISC->Nationality.
// Gold = annotations with confidence >= 0.5 (highest-confidence type per
// span); predictions on spans that only have low-confidence annotations
// are ignored, as the re3d README suggests. Matching is exact on
// code-point offsets.
//
//	go run ./internal/ner/cmd/re3deval ../shared/bench/re3d
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"sitrep/internal/ner"
)

var typeMap = map[string]string{"PER": "Person", "ORG": "Organisation", "LOC": "Location", "MISC": "Nationality"}

type key struct {
	doc        string
	begin, end int
}

func readJSONL(path string, fn func([]byte)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fn(sc.Bytes())
	}
}

func main() {
	root := "../shared/bench/re3d"
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	m, err := ner.Load()
	if err != nil {
		log.Fatal(err)
	}
	gold := map[key]string{}  // confident gold spans
	anySpan := map[key]bool{} // spans with any annotation
	bestConf := map[key]float64{}
	pred := map[key]string{}
	dirs, _ := filepath.Glob(filepath.Join(root, "*", "documents.json.gz"))
	for _, dp := range dirs {
		dir := filepath.Dir(dp)
		readJSONL(filepath.Join(dir, "entities.json.gz"), func(b []byte) {
			var e struct {
				DocumentID string `json:"documentId"`
				Begin, End int
				Type       string
				Confidence float64
			}
			if json.Unmarshal(b, &e) != nil {
				return
			}
			k := key{e.DocumentID, e.Begin, e.End}
			anySpan[k] = true
			if e.Confidence >= 0.5 && e.Confidence > bestConf[k] {
				bestConf[k] = e.Confidence
				gold[k] = e.Type
			}
		})
		readJSONL(dp, func(b []byte) {
			var d struct {
				ID   string `json:"_id"`
				Text string
			}
			if json.Unmarshal(b, &d) != nil {
				return
			}
			for _, s := range sentences(d.Text) {
				words := make([]string, len(s))
				for i, t := range s {
					words[i] = t.text
				}
				for _, sp := range ner.Spans(m.Tag(words)) {
					b := utf8.RuneCountInString(d.Text[:s[sp.Start].off])
					last := s[sp.End-1]
					e := utf8.RuneCountInString(d.Text[:last.off+len(last.text)])
					pred[key{d.ID, b, e}] = typeMap[sp.Type]
				}
			}
		})
	}
	report(gold, anySpan, pred)
}

func report(gold map[key]string, anySpan map[key]bool, pred map[key]string) {
	type cnt struct{ g, p, c int }
	counts := map[string]*cnt{}
	get := func(t string) *cnt {
		if counts[t] == nil {
			counts[t] = &cnt{}
		}
		return counts[t]
	}
	for _, t := range typeMap {
		get(t)
	}
	for k, t := range gold {
		if c, ok := counts[t]; ok {
			c.g++
			if pred[k] == t {
				c.c++
			}
		}
	}
	for k, t := range pred {
		if _, confident := gold[k]; anySpan[k] && !confident {
			continue // only low-confidence annotations: not counted
		}
		get(t).p++
	}
	names := make([]string, 0, len(counts))
	for t := range counts {
		names = append(names, t)
	}
	sort.Strings(names)
	var all cnt
	for _, t := range names {
		c := counts[t]
		all.g, all.p, all.c = all.g+c.g, all.p+c.p, all.c+c.c
		fmt.Println(line(t, c.g, c.p, c.c))
	}
	fmt.Println(line("overall", all.g, all.p, all.c))
}

func line(t string, g, p, c int) string {
	pr, rc := float64(c)/max(float64(p), 1), float64(c)/max(float64(g), 1)
	f := 0.0
	if pr+rc > 0 {
		f = 2 * pr * rc / (pr + rc)
	}
	return fmt.Sprintf("%-13s gold %4d pred %4d correct %4d  P %.3f R %.3f F1 %.3f", t, g, p, c, pr, rc, f)
}

type token struct {
	text string
	off  int // byte offset in the document
}

// sentences tokenises text with ner.TokenizeSimple per whitespace field,
// recovering byte offsets, and splits after . ! ? tokens and blank lines.
func sentences(text string) [][]token {
	var out [][]token
	var cur []token
	flush := func() {
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	i := 0
	for i < len(text) {
		if text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n' {
			if strings.HasPrefix(text[i:], "\n\n") {
				flush()
			}
			i++
			continue
		}
		j := i
		for j < len(text) && !strings.ContainsRune(" \t\r\n", rune(text[j])) {
			j++
		}
		pos := i
		for _, t := range ner.TokenizeSimple(text[i:j]) {
			k := strings.Index(text[pos:j], t)
			if k < 0 {
				k = 0
			}
			cur = append(cur, token{t, pos + k})
			pos += k + len(t)
			if t == "." || t == "!" || t == "?" {
				flush()
			}
		}
		i = j
	}
	flush()
	return out
}
