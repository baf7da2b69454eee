package interview

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/doc"
)

// speakerName turns a label into the speaker's canonical name. The asker
// is the outlet unless a named interviewer asks; a label such as
// "Heshmati" becomes the full name the text gives ("Burhan Heshmati");
// an "A:" label becomes the interviewee named in the introduction.
func speakerName(d *doc.Doc, lab, role string, firstPara int) string {
	introEnd := d.Paragraphs[firstPara].Start
	switch {
	case role == "question" && (isQuestionLabel(lab) || strings.EqualFold(lab, d.Meta.Outlet)):
		if d.Meta.Outlet != "" {
			return d.Meta.Outlet
		}
		if isQuestionLabel(lab) {
			return "Interviewer"
		}
		return lab
	case isAnswerLabel(lab):
		if n := interviewee(d.Text[:introEnd]); n != "" {
			return fullName(d, n)
		}
		return "Interviewee"
	}
	return fullName(d, lab)
}

// fullName finds the longest name in the text (or in d.Entities) that ends
// with the label's last word: "Heshmati" -> "Burhan Heshmati".
func fullName(d *doc.Doc, lab string) string {
	words := strings.Fields(lab)
	last := words[len(words)-1]
	best := lab
	for _, e := range d.Entities {
		if e.Type == "PER" && (e.Name == lab || strings.HasSuffix(e.Name, " "+last)) && len(e.Name) > len(best) {
			best = e.Name
		}
	}
	if best != lab {
		return best
	}
	text := d.Text
	for i := 0; ; {
		j := strings.Index(text[i:], last)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(last)
		if at > 0 && isWordByte(text[at-1]) || i < len(text) && isWordByte(text[i]) {
			continue
		}
		if n := extendBack(text, at) + last; len(n) > len(best) && strings.HasSuffix(n, lab) {
			best = n
		}
	}
	return best
}

// extendBack returns the capitalised words (at most three, honorifics and
// role words excluded) written just before offset at, with a trailing space.
func extendBack(text string, at int) string {
	start := at
	for n := 0; n < 3; n++ {
		e := start
		if e == 0 || text[e-1] != ' ' {
			break
		}
		s := e - 1
		for s > 0 && text[s-1] != ' ' && text[s-1] != '\n' {
			s--
		}
		w := text[s : e-1]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) && !particle(w) || strings.ContainsAny(w, ".,;:()\"“”") || stopWord[strings.ToLower(w)] {
			break
		}
		start = s
	}
	return text[start:at]
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// stopWord lists capitalised words that precede a name without being part
// of it: honorifics, roles and sentence starters.
var stopWord = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "professor": true, "expert": true,
	"analyst": true, "ambassador": true, "president": true, "minister": true, "general": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "director": true, "chairman": true,
	"journalist": true, "researcher": true, "author": true, "commentator": true, "the": true, "a": true,
	"with": true, "to": true, "and": true, "by": true, "mp": true, "senator": true, "colonel": true,
}

// triggers introduce the interviewee in an introduction.
var triggers = []string{
	"talked to ", "talked with ", "spoke to ", "spoke with ", "speaks to ", "speaks with ",
	"interviewed ", "interview with ", "sat down with ", "conversation with ", "talks to ",
	"talks with ", "asked ",
}

// interviewee returns the first name of two to four capitalised words
// after an interview trigger in the introduction, or "".
func interviewee(intro string) string {
	lower := strings.ToLower(intro)
	for _, t := range triggers {
		i := strings.Index(lower, t)
		if i < 0 {
			continue
		}
		if n := firstName(intro[i+len(t):]); n != "" {
			return n
		}
	}
	return ""
}

// firstName scans up to the end of the sentence for the first run of two
// to four capitalised words.
func firstName(s string) string {
	var run []string
	for _, w := range strings.Fields(s) {
		clean := strings.TrimRight(w, ",.;:!?")
		r, _ := utf8.DecodeRuneInString(clean)
		ok := clean != "" && (unicode.IsUpper(r) || len(run) > 0 && particle(clean)) && !stopWord[strings.ToLower(clean)]
		if ok {
			run = append(run, clean)
		}
		if (!ok || clean != w) && len(run) >= 2 {
			return strings.Join(run[:min(len(run), 4)], " ")
		}
		if !ok {
			run = run[:0]
		}
		if strings.ContainsAny(w, ".!?") && clean != w {
			return ""
		}
	}
	if len(run) >= 2 {
		return strings.Join(run[:min(len(run), 4)], " ")
	}
	return ""
}
