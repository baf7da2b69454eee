package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"strings"
)

// LexiconOptions tunes BuildLexicon; zero values pick the defaults.
type LexiconOptions struct {
	MinCount   int // minimum frequency for a word to be clustered (3)
	MaxVocab   int // most frequent words clustered (40000)
	Contexts   int // most frequent words used as context features (600)
	Dim        int // random-projection dimension (96)
	MaxDepth   int // depth of the binary cluster tree (16)
	MinCluster int // clusters smaller than this are not split (4)
	// Classes is the number of flat exchange classes (256; negative: none).
	Classes       int
	ExchangeIters int // passes of the exchange algorithm (6)
}

func (o *LexiconOptions) defaults() {
	def := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	def(&o.MinCount, 3)
	def(&o.MaxVocab, 80000)
	def(&o.Contexts, 600)
	def(&o.Dim, 96)
	def(&o.MaxDepth, 16)
	def(&o.MinCluster, 4)
	if o.Classes == 0 {
		o.Classes = 256
	}
	def(&o.ExchangeIters, 6)
}

// BuildLexicon derives word clusters and capitalisation ratios from JSONL
// news files (field "text") plus the words of labelled sentences. Only
// statistics are kept, never text. The result is deterministic.
func BuildLexicon(newsPaths []string, labelled []Sentence, opts LexiconOptions) (Lexicon, error) {
	opts.defaults()
	var docs [][]string
	for _, p := range newsPaths {
		d, err := readNews(p)
		if err != nil {
			return Lexicon{}, err
		}
		docs = append(docs, d...)
	}
	for _, s := range labelled {
		docs = append(docs, s.Words)
	}
	return Lexicon{Clusters: clusterWords(docs, opts), CapBin: capRatios(docs), Classes: exchangeClasses(docs, opts)}, nil
}

// readNews tokenises the "text" field of every line of a gzipped JSONL file.
func readNews(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = gz
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var docs [][]string
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, err
		}
		docs = append(docs, TokenizeSimple(doc.Text))
	}
	return docs, sc.Err()
}

// capRatios counts, per lower-cased word, how often it is capitalised when
// not sentence-initial. Documents or sentences mostly in capitals are
// skipped because they carry no case information.
func capRatios(docs [][]string) map[string]uint8 {
	type cnt struct{ up, all int }
	counts := map[string]*cnt{}
	for _, d := range docs {
		if mostlyCaps(d) {
			continue
		}
		for i, w := range d {
			if i == 0 || strings.Contains(".!?:\"'`", d[i-1]) {
				continue
			}
			c := capClass(w)
			if c == capNone {
				continue
			}
			lw := strings.ToLower(w)
			k := counts[lw]
			if k == nil {
				k = &cnt{}
				counts[lw] = k
			}
			k.all++
			if c != capLower {
				k.up++
			}
		}
	}
	out := map[string]uint8{}
	for w, k := range counts {
		if k.all >= 3 {
			out[w] = capBin(k.up, k.all)
		}
	}
	return out
}

func mostlyCaps(words []string) bool {
	all, letters := 0, 0
	for _, w := range words {
		switch capClass(w) {
		case capAll:
			all++
			letters++
		case capLower, capInit, capMixed:
			letters++
		}
	}
	return letters > 0 && all*2 > letters
}
