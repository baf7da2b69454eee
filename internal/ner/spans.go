package ner

// Span is an entity mention covering words[Start:End] (End exclusive).
type Span struct {
	Start, End int
	Type       string
}

// splitTag returns the prefix letter and the type of a tag; "O" (and
// anything malformed) gives ('O', "").
func splitTag(t string) (byte, string) {
	if len(t) > 2 && t[1] == '-' {
		return t[0], t[2:]
	}
	return 'O', ""
}

// chunkEnd and chunkStart mirror the endOfChunk/startOfChunk rules of the
// conlleval script, so that spans (and therefore scores) agree with it for
// IOB1, IOB2 and IOE input alike.
func chunkEnd(prevTag, tag byte, prevType, typ string) bool {
	switch {
	case prevTag == 'B' && (tag == 'B' || tag == 'O'):
		return true
	case prevTag == 'I' && (tag == 'B' || tag == 'O'):
		return true
	case prevTag == 'E' && (tag == 'E' || tag == 'I' || tag == 'O'):
		return true
	case prevTag != 'O' && prevType != typ:
		return true
	}
	return false
}

func chunkStart(prevTag, tag byte, prevType, typ string) bool {
	switch {
	case tag == 'B' && (prevTag == 'B' || prevTag == 'I' || prevTag == 'O'):
		return true
	case tag == 'I' && (prevTag == 'O' || prevTag == 'E'):
		return true
	case tag == 'E' && (prevTag == 'E' || prevTag == 'O'):
		return true
	case tag != 'O' && prevType != typ:
		return true
	}
	return false
}

// Spans converts a tag sequence (IOB1 or IOB2) into entity spans using the
// conlleval chunking rules. The sequence is treated as if followed by "O".
func Spans(tags []string) []Span {
	var out []Span
	prevTag, prevType := byte('O'), ""
	start := -1
	for i := 0; i <= len(tags); i++ {
		tag, typ := byte('O'), ""
		if i < len(tags) {
			tag, typ = splitTag(tags[i])
		}
		if start >= 0 && chunkEnd(prevTag, tag, prevType, typ) {
			out = append(out, Span{start, i, prevType})
			start = -1
		}
		if chunkStart(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	return out
}
