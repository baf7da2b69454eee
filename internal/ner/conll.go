package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one tokenised sentence with one tag per word. Tags may be in
// IOB1 (as in the original CoNLL-2003 files) or IOB2; ToIOB2 normalises.
type Sentence struct {
	Words, Tags []string
	// DocStart marks the first sentence after a -DOCSTART- line; it lets
	// document-level tagging (TagDocument) know where history resets.
	DocStart bool
}

// ReadCoNLL parses CoNLL column format: one token per line, the first column
// is the word and the last column the NER tag, blank lines separate
// sentences and -DOCSTART- lines are dropped. A line with a single column
// gets the tag "O" so that plain tokenised text can be read as well.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	newDoc := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.DocStart = newDoc
			newDoc = false
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			newDoc = true
			continue
		}
		tag := "O"
		if len(f) > 1 {
			tag = f[len(f)-1]
		}
		if !validTag(tag) {
			return out, fmt.Errorf("conll line %d: bad tag %q", line, tag)
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return out, err
	}
	flush()
	return out, nil
}

// validTag accepts O and any B-/I-/E-/S-/L-/U- prefixed type, which covers
// IOB1, IOB2, IOBES and BILOU files.
func validTag(t string) bool {
	if t == "O" {
		return true
	}
	return len(t) > 2 && t[1] == '-' && strings.ContainsRune("BIESLU", rune(t[0]))
}

// OpenCoNLL reads a CoNLL file from disk, transparently gunzipping files
// whose name ends in .gz.
func OpenCoNLL(path string) ([]Sentence, error) {
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
		defer gz.Close()
		r = gz
	}
	return ReadCoNLL(r)
}

// ToIOB2 converts a tag sequence in IOB1 or IOB2 to IOB2: every entity
// starts with B-. An I-X that does not continue an X entity opens one.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		switch {
		case t == "O":
			out[i] = t
		case strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]):
			out[i] = "B-" + t[2:]
		default:
			out[i] = t
		}
		prev = out[i]
	}
	return out
}
