package doc

// Sentence is a sentence span with the range of its tokens in Doc.Tokens.
type Sentence struct {
	Span
	TokStart, TokEnd int // Doc.Tokens[TokStart:TokEnd]
}

// Token is one word or punctuation mark. Syntax fields are filled by the
// syntax stage; Head is a 1-based index within the sentence, 0 = root,
// -1 = not parsed.
type Token struct {
	Span
	Text  string // surface form (equals the slice of Doc.Text)
	Lower string
	UPOS  string
	XPOS  string
	Head  int
	Rel   string
	NER   string // BIO tag from the NER model
}

// Turn is one speaker's stretch of an interview or transcript.
type Turn struct {
	Span            // the answered/asked words, label excluded
	Label    Span   // the "Alwaght:" label
	Speaker  string // canonical speaker name
	Role     string // "question" or "answer"
	Sentence int
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Span
	Text string `json:"text"`
	// Metonym is true when a place name stands for its government
	// ("Baku refused").
	Metonym bool `json:"metonym,omitempty"`
}

// Entity is one real-world referent with all its mentions.
type Entity struct {
	ID       string
	Name     string
	Type     string // PER ORG GPE LOC FAC NORP EVENT MISC
	Actor    string // CAMEO actor code or ""
	Country  string // ISO3 of the actor's country, if any
	Mentions []Mention
	Source   string // what resolved it: gazetteer, ner, title, rule
}

// Event is one coded interaction between actors.
type Event struct {
	Source, Target        string // CAMEO actor codes, "" = none
	SourceSpan            *Span
	TargetSpan            *Span
	Verb                  *Span
	Code, Root            string
	Quad                  int
	Goldstein             float64
	Plover                string // PLOVER event type
	PloverMode            string
	PloverContext         []string // PLOVER contexts: policy areas such as "humanitarian"
	Negated, Hypothetical bool
	ReportedBy            string
	Location              string
	Date                  string
	Sentence              int
	Evidence              Span
	Pattern               string // the pattern id that fired, for provenance
}

// Quote is a stretch of words attributed to a speaker.
type Quote struct {
	Span
	Speaker       string
	SpeakerEntity string // entity id or ""
	SpeakerSpan   *Span
	Kind          string // direct, indirect, question, answer
}

// Quantity is a figure with what it counts.
type Quantity struct {
	Span
	Value     float64
	Unit      string
	About     string
	Qualifier string // about, at least, more than, nearly, up to...
	Category  string // killed, wounded, displaced, trapped, detained, missing, aid
	Range     *[2]float64
}

// Time is a date or time expression.
type Time struct {
	Span
	Value string // YYYY, YYYY-MM or YYYY-MM-DD; "" = unresolved
	Kind  string // date, relative, anchor, now
}

// Tone is the document tone on GDELT's scale.
type Tone struct {
	Score, Positive, Negative, Polarity float64
	WordCount                           int
}

// Stance is a speaker's lean towards an actor, in [-1, 1].
type Stance struct {
	Holder   string
	Target   string
	Polarity float64
	Evidence int // number of sentences it rests on
}
