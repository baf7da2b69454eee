// Package doc holds sitrep's one document model. Every stage annotates the
// same immutable Text by byte offsets, so an annotation can always be traced
// back to the exact words that support it. doc imports only the standard
// library: everything else depends on it, never the other way round.
package doc

// Span is a half-open byte range [Start, End) into Doc.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Meta is what is known about a document apart from its text.
type Meta struct {
	Outlet    string // "" when unknown
	Published string // YYYY-MM-DD or ""
	URL       string
	Title     string
	Genre     string // interview, report, statement, analysis, briefing, unknown
	Language  string
	// PublishedDetected is true when Published came from the text rather than
	// from the caller; kept so a reader can weigh the date.
	PublishedDetected bool
}

// Doc is one analysed document. Layers are filled by annotate stages; a stage
// writes only its own layer and reads the ones it declared it requires.
type Doc struct {
	ID   string
	Meta Meta
	Text string
	// Source maps Text back to the raw input (e.g. an HTML page); nil for
	// plain text, where offsets are the same.
	Source *OffsetMap

	Sentences  []Sentence
	Tokens     []Token
	Paragraphs []Span
	Turns      []Turn // interview structure: who speaks where
	Entities   []Entity
	Events     []Event
	Quotes     []Quote
	Quantities []Quantity
	Times      []Time
	Tone       *Tone
	Stance     []Stance

	// Annotators lists the versioned stage names that ran, in order; it is
	// stored as provenance so that data can be rebuilt after an upgrade.
	Annotators  []string
	Diagnostics []Diag
}

// New returns a document with the given id and text.
func New(id, text string) *Doc { return &Doc{ID: id, Text: text, Meta: Meta{Language: "en"}} }

// Slice returns the text of a span, clamped to the text so that a buggy
// span can never panic a whole batch.
func (d *Doc) Slice(s Span) string {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(d.Text) {
		s.End = len(d.Text)
	}
	if s.Start >= s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// Diag is a problem a stage met on a document. A failed annotation is data,
// not a crash: the batch goes on.
type Diag struct {
	Stage string `json:"stage"`
	Span  *Span  `json:"span,omitempty"`
	Msg   string `json:"msg"`
}

// Diagnose records a diagnostic.
func (d *Doc) Diagnose(stage string, sp *Span, msg string) {
	d.Diagnostics = append(d.Diagnostics, Diag{Stage: stage, Span: sp, Msg: msg})
}
