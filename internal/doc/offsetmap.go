package doc

import "sort"

// OffsetMap maps byte offsets in an extracted text back to the raw input it
// came from (an HTML page, a feed item). It is a sorted list of segments in
// which text and raw bytes advance together; between segments the raw input
// had markup that produced no text.
type OffsetMap struct {
	Kind     string    `json:"kind"` // html, feed, warc
	Segments []Segment `json:"segments"`
}

// Segment says that Text[TextStart:TextStart+Len] came from
// Raw[RawStart:RawStart+RawLen]. RawLen differs from Len when entities such
// as &amp; were decoded.
type Segment struct {
	TextStart int `json:"t"`
	RawStart  int `json:"r"`
	Len       int `json:"n"`
	RawLen    int `json:"rn"`
}

// Add appends a segment; segments must be added in text order.
func (m *OffsetMap) Add(textStart, rawStart, n, rawN int) {
	m.Segments = append(m.Segments, Segment{textStart, rawStart, n, rawN})
}

// Raw returns the raw offset for a text offset, or -1 when the offset falls
// in text that the extractor synthesised (e.g. a paragraph break).
func (m *OffsetMap) Raw(textOff int) int {
	if m == nil {
		return textOff
	}
	i := sort.Search(len(m.Segments), func(i int) bool {
		s := m.Segments[i]
		return s.TextStart+s.Len > textOff
	})
	if i == len(m.Segments) || m.Segments[i].TextStart > textOff {
		return -1
	}
	s := m.Segments[i]
	if s.RawLen != s.Len {
		// Decoded entities: the segment maps as a whole to its start.
		return s.RawStart
	}
	return s.RawStart + textOff - s.TextStart
}
