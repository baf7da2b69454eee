package segment

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// Split fills d.Paragraphs, d.Tokens and d.Sentences.
func Split(d *doc.Doc) {
	text := d.Text
	d.Paragraphs = Paragraphs(text)
	d.Tokens = make([]doc.Token, 0, len(text)/5+8)
	d.Sentences = d.Sentences[:0]
	for _, p := range d.Paragraphs {
		start := p.Start
		if n := LabelEnd(text[p.Start:p.End]); n > 0 {
			// The label is a sentence of its own so that the answer's
			// first sentence starts at the answer's first word.
			lt := len(d.Tokens)
			d.Tokens = Tokenize(text, p.Start, p.Start+n, d.Tokens)
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: p.Start, End: p.Start + n}, TokStart: lt, TokEnd: len(d.Tokens)})
			start = p.Start + n
		}
		first := len(d.Tokens)
		d.Tokens = Tokenize(text, start, p.End, d.Tokens)
		sentences(d, first, len(d.Tokens))
	}
}

// sentences cuts the paragraph's tokens toks[a:b] into sentences.
func sentences(d *doc.Doc, a, b int) {
	toks := d.Tokens
	s := a
	for i := a; i < b; i++ {
		if !boundaryAfter(toks, i, b) {
			continue
		}
		// Closing quotes and brackets stay with the sentence they close.
		j := i + 1
		for j < b && isClosingTok(toks[j].Text) && toks[j].Start == toks[j-1].End {
			j++
		}
		addSentence(d, s, j)
		s = j
		i = j - 1
	}
	if s < b {
		addSentence(d, s, b)
	}
}

func addSentence(d *doc.Doc, a, b int) {
	if a >= b {
		return
	}
	d.Sentences = append(d.Sentences, doc.Sentence{
		Span: doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}, TokStart: a, TokEnd: b})
}

func isClosingTok(t string) bool {
	switch t {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// boundaryAfter decides whether a sentence ends after toks[i].
func boundaryAfter(toks []doc.Token, i, b int) bool {
	t := toks[i].Text
	k := i + 1
	for k < b && isClosingTok(toks[k].Text) && toks[k].Start == toks[k-1].End {
		k++
	}
	if k >= b {
		return false // the paragraph end closes it anyway
	}
	next := toks[k].Text
	switch t {
	case ".", "!", "?", "…", "...":
		if t == "..." || t == "…" {
			return startsUpper(next) && k > i+1 || startsUpper(next) && starters[toks[k].Lower]
		}
		return startsUpper(next) || startsDigitOrQuote(next)
	}
	if len(t) > 1 && t[len(t)-1] == '.' && mayEndSentence(t) {
		return startsUpper(next) && starters[toks[k].Lower]
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func startsDigitOrQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '(' || r == '\''
}
