package store

// EventFilter selects events. Empty fields do not filter.
type EventFilter struct {
	Actor  string // source or target (prefix match, see package doc)
	Source string // source actor (prefix match)
	Target string // target actor (prefix match)
	Code   string // CAMEO event code, exact ("191")
	Root   string // CAMEO root, two digits ("19")
	Quad   int    // QuadClass 1-4; 0 = any
	Plover string // PLOVER event type, exact
	// Context selects events with this PLOVER context among theirs
	// ("humanitarian"; exact name, see doc.EventJSON's plover_context).
	Context string
	From    string // first event day, YYYY-MM-DD, inclusive
	To      string // last event day, YYYY-MM-DD, inclusive
	// Location matches events whose location contains this text
	// (case-insensitive).
	Location   string
	DocID      string // events of one document
	Outlet     string // events of documents from this outlet (exact)
	ReportedBy string // events asserted by this speaker (exact)
	// DedupClusters counts an event once per near-duplicate cluster: of
	// events with the same (cluster, source, target, code, event day) only
	// the one from the cluster's earliest stored document is kept.
	DedupClusters bool
	// IncludeNegated keeps negated and hypothetical events, which are
	// left out by default (they did not happen).
	IncludeNegated bool
	Limit, Offset  int
}

// EventRow is one stored event with its document's context.
type EventRow struct {
	DocID        string  `json:"doc_id"`
	Cluster      string  `json:"cluster"`
	Seq          int     `json:"seq"` // index of the event in its document
	Day          string  `json:"day"` // event day (see package doc), "" if unknown
	Published    string  `json:"published"`
	Outlet       string  `json:"outlet"`
	URL          string  `json:"url"`
	Source       string  `json:"source"`
	Target       string  `json:"target"`
	Code         string  `json:"code"`
	Root         string  `json:"root"`
	Quad         int     `json:"quad"`
	Goldstein    float64 `json:"goldstein"`
	Plover       string  `json:"plover"`
	Negated      bool    `json:"negated"`
	Hypothetical bool    `json:"hypothetical"`
	ReportedBy   string  `json:"reported_by"`
	Location     string  `json:"location"`
	Date         string  `json:"date"` // the event's own date as annotated ("" = none)
	Sentence     int     `json:"sentence"`
	Evidence     string  `json:"evidence"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Tone         float64 `json:"tone"` // the document's tone score (GDELT AvgTone)
	// Contexts are the event's PLOVER contexts, sorted; [] when none.
	Contexts []string `json:"plover_context"`
}

// TimelineRow counts events in one bucket. Quad[q] is the number of events
// of QuadClass q (1-4); Quad[0] counts events without a QuadClass.
type TimelineRow struct {
	Bucket string `json:"bucket"`
	Quad   [5]int `json:"quad"`
}

// Edge is one (source, target) pair of the actor network.
type Edge struct {
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Count         int     `json:"count"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// PlaceRow counts the events at one location (as annotated, not yet
// resolved to coordinates: that is the gazetteer's job, in the server).
type PlaceRow struct {
	Location      string  `json:"location"` // "" for events without a location
	Count         int     `json:"count"`
	Quad          [5]int  `json:"quad"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// ActorFilter selects entity mentions.
type ActorFilter struct {
	Actor string // actor code prefix
	Name  string // entity name contains (case-insensitive)
	Type  string // entity type (PER, ORG, GPE...)
	From  string // publication date range of the documents
	To    string
	Limit int
}

// ActorRow is one actor (or uncoded entity name) with its counts.
type ActorRow struct {
	Actor    string `json:"actor"` // CAMEO code, "" for uncoded entities
	Name     string `json:"name"`  // most frequent entity name for the code
	Type     string `json:"type"`
	Docs     int    `json:"docs"`     // documents mentioning it
	Mentions int    `json:"mentions"` // total mentions
}

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Speaker string // speaker name contains (case-insensitive)
	Words   string // quote text contains (case-insensitive)
	DocID   string
	From    string // publication date range
	To      string
	Limit   int
	Offset  int
}

// QuoteRow is one stored quote.
type QuoteRow struct {
	DocID     string `json:"doc_id"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Kind      string `json:"kind"`
}

// FigureFilter selects quantities.
type FigureFilter struct {
	Category string // killed, wounded, displaced... exact
	About    string // "about" text contains (case-insensitive)
	Unit     string // exact
	DocID    string
	From     string // publication date range
	To       string
	Limit    int
	Offset   int
}

// FigureRow is one stored quantity.
type FigureRow struct {
	DocID     string  `json:"doc_id"`
	Published string  `json:"published"`
	Outlet    string  `json:"outlet"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	About     string  `json:"about"`
	Category  string  `json:"category"`
	Qualifier string  `json:"qualifier"`
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	// ClaimBy and ClaimHow say who puts the figure forward (see FigureClaim).
	ClaimBy  string `json:"claim_by"`
	ClaimHow string `json:"claim_how"`
}

// DocFilter selects documents.
type DocFilter struct {
	Outlet  string // exact
	From    string // publication date range
	To      string
	Cluster string // members of one near-duplicate cluster
	Limit   int
	Offset  int
}

// DocRow is one stored document without its text.
type DocRow struct {
	ID        string  `json:"id"`
	Hash      string  `json:"hash"`
	Cluster   string  `json:"cluster"`
	Published string  `json:"published"`
	Outlet    string  `json:"outlet"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Genre     string  `json:"genre"`
	Version   string  `json:"version"` // pipeline version
	Bytes     int     `json:"bytes"`   // text length
	Tone      float64 `json:"tone"`
	Events    int     `json:"events"`
}

// SearchHit is one full-text search result.
type SearchHit struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Published string  `json:"published"`
	Snippet   string  `json:"snippet"` // a short stretch of the text around the match
	Rank      float64 `json:"rank"`    // higher is better; comparable within one result only
}

// Stats summarises the corpus.
type Stats struct {
	Documents int `json:"documents"`
	// Clusters is the number of near-duplicate clusters with more than one
	// document; Clustered the documents in them.
	Clusters   int            `json:"clusters"`
	Clustered  int            `json:"clustered"`
	Entities   int            `json:"entities"`
	Mentions   int            `json:"mentions"`
	Events     int            `json:"events"`
	Quotes     int            `json:"quotes"`
	Figures    int            `json:"figures"`
	Times      int            `json:"times"`
	Versions   map[string]int `json:"versions"` // pipeline version -> documents
	From       string         `json:"from"`     // earliest publication date
	To         string         `json:"to"`       // latest publication date
	TextBytes  int64          `json:"text_bytes"`
	Inputs     int            `json:"inputs"`      // work-queue entries (ingested records)
	InputsFail int            `json:"inputs_fail"` // of which failed
}
