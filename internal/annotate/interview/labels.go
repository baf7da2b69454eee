package interview

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// label is a speaker label at the start of a paragraph: "Alwaght:",
// "Q:", "**Burhan Heshmati:**", "A." (the short forms only).
type label struct {
	name       string // the label's words, markup removed: "Burhan Heshmati"
	start, end int    // byte range of the whole label in the paragraph, colon and markup included
	body       int    // offset in the paragraph where the spoken words begin
}

// notLabels are paragraph heads that look like labels but introduce
// furniture, not speech.
var notLabels = map[string]bool{
	"note": true, "editor's note": true, "editor’s note": true, "update": true, "source": true,
	"sources": true, "photo": true, "image": true, "video": true, "watch": true, "read more": true,
	"related": true, "see also": true, "caption": true, "correction": true, "disclaimer": true,
	"tags": true, "contact": true, "email": true, "tel": true, "phone": true, "warning": true,
	"background": true, "summary": true, "breaking": true, "file": true, "credit": true,
}

// parseLabel finds a speaker label at the start of paragraph p.
func parseLabel(p string) (label, bool) {
	i := skipMarkup(p, 0)
	rest := p[i:]
	// Short forms with a full stop: "Q. Why?" / "A. Because."
	if len(rest) >= 3 && (rest[0] == 'Q' || rest[0] == 'A') && rest[1] == '.' && rest[2] == ' ' {
		body := skipMarkup(p, i+2)
		return label{name: rest[:1], start: 0, end: i + 2, body: body}, true
	}
	c := strings.IndexByte(rest, ':')
	if c <= 0 || c > 48 {
		return label{}, false
	}
	name := strings.TrimSpace(strings.Trim(rest[:c], "*_ "))
	if !plausibleName(name) {
		return label{}, false
	}
	end := i + c + 1
	// Closing markup after the colon ("**Heshmati:**") belongs to the label.
	for end < len(p) && (p[end] == '*' || p[end] == '_') {
		end++
	}
	if end < len(p) && p[end] != ' ' && p[end] != '\t' && p[end] != '\n' {
		return label{}, false // "10:30", "http://"
	}
	return label{name: name, start: 0, end: end, body: skipMarkup(p, end)}, true
}

func skipMarkup(p string, i int) int {
	for i < len(p) && (p[i] == '*' || p[i] == '_' || p[i] == ' ' || p[i] == '\t') {
		i++
	}
	return i
}

// plausibleName accepts one to four capitalised words (name particles
// allowed) with no digits or sentence punctuation.
func plausibleName(s string) bool {
	if s == "" || notLabels[strings.ToLower(s)] {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	for k, w := range words {
		if strings.ContainsAny(w, ",;\"“”()?!0123456789") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(k > 0 && particle(w)) {
			return false
		}
	}
	return true
}

func particle(w string) bool {
	switch strings.ToLower(w) {
	case "al", "bin", "van", "von", "de", "der", "la", "le", "da", "di", "el", "ibn", "of":
		return true
	}
	return false
}

// Well-known role labels.
func isQuestionLabel(name string) bool {
	switch strings.ToLower(name) {
	case "q", "question", "interviewer", "int":
		return true
	}
	return false
}

func isAnswerLabel(name string) bool {
	switch strings.ToLower(name) {
	case "a", "answer":
		return true
	}
	return false
}
