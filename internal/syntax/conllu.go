package syntax

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// TreeSentence is one CoNLL-U sentence reduced to its syntactic words
// (integer-ID lines). Multiword-token range lines and empty nodes are
// skipped because UPOS/UAS/LAS are scored on syntactic words.
type TreeSentence struct {
	Words []string
	UPOS  []string
	XPOS  []string
	Heads []int    // 1-based head index per word, 0 = root
	Rels  []string // full UD relation including subtype (nsubj:pass)
}

// ReadCoNLLU parses CoNLL-U text. Malformed word lines are reported as
// errors rather than skipped so that corrupt training data is noticed.
func ReadCoNLLU(r io.Reader) ([]TreeSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var out []TreeSentence
	var cur TreeSentence
	flush := func() error {
		if len(cur.Words) == 0 {
			return nil
		}
		for i, h := range cur.Heads {
			if h < 0 || h > len(cur.Words) {
				return fmt.Errorf("conllu: sentence %d word %d: head %d out of range", len(out)+1, i+1, h)
			}
		}
		out = append(out, cur)
		cur = TreeSentence{}
		return nil
	}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("conllu: line %d: %d columns, want 10", lineNo, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword range or empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("conllu: line %d: bad or out-of-order ID %q", lineNo, cols[0])
		}
		head := 0
		if cols[6] != "_" {
			head, err = strconv.Atoi(cols[6])
			if err != nil || head < 0 {
				return nil, fmt.Errorf("conllu: line %d: bad HEAD %q", lineNo, cols[6])
			}
		}
		cur.Words = append(cur.Words, cols[1])
		cur.UPOS = append(cur.UPOS, cols[3])
		cur.XPOS = append(cur.XPOS, cols[4])
		cur.Heads = append(cur.Heads, head)
		cur.Rels = append(cur.Rels, cols[7])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// ReadCoNLLUFile reads a CoNLL-U file, transparently gunzipping *.gz.
func ReadCoNLLUFile(path string) ([]TreeSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	s, err := ReadCoNLLU(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}
