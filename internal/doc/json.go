package doc

import (
	"bytes"
	"encoding/json"
	"io"
)

// Schema is the output contract's version tag.
const Schema = "sitrep.document/v1"

// JSON is the document-v1 contract (../shared/contracts/document-v1.md).
// Field names and meaning are stable; new fields may be added.
type JSON struct {
	Schema      string         `json:"schema"`
	ID          string         `json:"id"`
	Meta        MetaJSON       `json:"meta"`
	Text        string         `json:"text"`
	Sentences   []Span         `json:"sentences"`
	Entities    []EntityJSON   `json:"entities"`
	Events      []EventJSON    `json:"events"`
	Quotes      []QuoteJSON    `json:"quotes"`
	Quantities  []QuantityJSON `json:"quantities"`
	Times       []TimeJSON     `json:"times"`
	Tone        ToneJSON       `json:"tone"`
	Stance      []StanceJSON   `json:"stance"`
	Annotators  []string       `json:"annotators,omitempty"`
	Diagnostics []Diag         `json:"diagnostics,omitempty"`
}

// MetaJSON is the contract's meta object; unknown values are null.
type MetaJSON struct {
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Genre     string  `json:"genre"`
	Language  string  `json:"language"`
}

// MentionJSON is one entity mention.
type MentionJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// EntityJSON is one entity with its mentions.
type EntityJSON struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Actor    *string       `json:"actor"`
	Mentions []MentionJSON `json:"mentions"`
}

// EvidenceJSON is the exact words that support an annotation.
type EvidenceJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// EventJSON is one coded event.
type EventJSON struct {
	Source       *string       `json:"source"`
	Target       *string       `json:"target"`
	Code         string        `json:"code"`
	Root         string        `json:"root"`
	Quad         int           `json:"quad"`
	Goldstein    float64       `json:"goldstein"`
	Negated      bool          `json:"negated"`
	Hypothetical bool          `json:"hypothetical"`
	ReportedBy   *string       `json:"reported_by"`
	Location     *string       `json:"location"`
	Date         *string       `json:"date"`
	Sentence     int           `json:"sentence"`
	Evidence     EvidenceJSON  `json:"evidence"`
	Plover       string        `json:"plover,omitempty"`
	PloverMode   string        `json:"plover_mode,omitempty"`
	PloverCtx    []string      `json:"plover_context,omitempty"`
	Pattern      string        `json:"pattern,omitempty"`
	SourceSpan   *EvidenceJSON `json:"source_span,omitempty"`
	TargetSpan   *EvidenceJSON `json:"target_span,omitempty"`
	VerbSpan     *EvidenceJSON `json:"verb_span,omitempty"`
}

// QuoteJSON is one attributed quote.
type QuoteJSON struct {
	Speaker       *string `json:"speaker"`
	SpeakerEntity *string `json:"speaker_entity"`
	Text          string  `json:"text"`
	Start         int     `json:"start"`
	End           int     `json:"end"`
	Kind          string  `json:"kind,omitempty"`
}

// QuantityJSON is one figure.
type QuantityJSON struct {
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	About     string  `json:"about"`
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Qualifier string  `json:"qualifier,omitempty"`
	Category  string  `json:"category,omitempty"`
}

// TimeJSON is one time expression.
type TimeJSON struct {
	Text  string  `json:"text"`
	Value *string `json:"value"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Kind  string  `json:"kind,omitempty"`
}

// ToneJSON is the document tone.
type ToneJSON struct {
	Score    float64 `json:"score"`
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
}

// StanceJSON is one holder's lean towards one actor.
type StanceJSON struct {
	Holder   string  `json:"holder"`
	Target   string  `json:"target"`
	Polarity float64 `json:"polarity"`
}

// Encode writes the document as one line of contract JSON. HTML escaping
// is off so that the text reads as it was written.
func Encode(w io.Writer, d *Doc) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d.ToJSON()); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Decode reads one contract JSON object.
func Decode(data []byte) (*JSON, error) {
	var j JSON
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, err
	}
	return &j, nil
}
