package ingest

import (
	"bytes"
	"encoding/json"
)

// Detect guesses the kind of raw input from its content.
func Detect(data []byte) Kind {
	head := bytes.TrimLeft(data[:min(len(data), 4096)], " \t\r\n\ufeff")
	if len(head) > 0 && head[0] == '{' {
		line := head
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if json.Valid(bytes.TrimSpace(line)) {
			return JSONL
		}
	}
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		bytes.Contains(lower, []byte("<body")) || bytes.Contains(lower, []byte("<head")) {
		return HTML
	}
	if bytes.HasPrefix(lower, []byte("<")) && bytes.Count(lower, []byte("</")) >= 3 &&
		(bytes.Contains(lower, []byte("<p")) || bytes.Contains(lower, []byte("<div"))) {
		return HTML
	}
	return Text
}

// IsGzip reports whether data starts with the gzip magic number.
func IsGzip(data []byte) bool { return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b }
