package server

import (
	"net/http"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/store"
)

// The views behind the page's charts. Each is cached briefly by its full
// query (see cache.go), since the page repeats them on every filter change.

func (s *Server) cached(w http.ResponseWriter, r *http.Request, compute func() (any, error)) {
	key := r.URL.Path + "?" + r.URL.RawQuery
	if v, ok := s.cache.get(key); ok {
		writeJSON(w, http.StatusOK, v)
		return
	}
	v, err := compute()
	if err != nil {
		storeErr(w, r, err)
		return
	}
	s.cache.put(key, v)
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	if p := newParams(r.URL.Query()); p.err != nil {
		writeError(w, r, p.err)
		return
	}
	s.cached(w, r, func() (any, error) { return s.st.Stats(r.Context()) })
}

// Timeline is the answer of /v1/timeline.
type Timeline struct {
	Bucket string              `json:"bucket"`
	Rows   []store.TimelineRow `json:"rows"`
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	p, q := parseEvents(r.URL.Query(), "bucket")
	bucket := p.oneOf("bucket", "day", "day", "week")
	if p.err != nil {
		writeError(w, r, p.err)
		return
	}
	s.cached(w, r, func() (any, error) {
		t := Timeline{Bucket: bucket}
		var err error
		t.Rows, err = s.st.Timeline(r.Context(), q, bucket)
		if t.Rows == nil {
			t.Rows = []store.TimelineRow{}
		}
		return t, err
	})
}

// Node is one actor of the network.
type Node struct {
	ID     string `json:"id"` // CAMEO actor code
	Label  string `json:"label"`
	Events int    `json:"events"` // events in the shown edges it takes part in
}

// Network is the answer of /v1/network.
type Network struct {
	Nodes []Node       `json:"nodes"`
	Edges []store.Edge `json:"edges"`
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) {
	p, q := parseEvents(r.URL.Query(), "limit")
	limit := p.intIn("limit", 200, 1, 2000)
	if p.err != nil {
		writeError(w, r, p.err)
		return
	}
	s.cached(w, r, func() (any, error) {
		var n Network
		var err error
		f := q
		f.Limit = limit
		n.Edges, err = s.st.Network(r.Context(), f)
		if n.Edges == nil {
			n.Edges = []store.Edge{}
		}
		if err != nil {
			return nil, err
		}
		n.Nodes = nodes(n.Edges, s.actorNames(r, n.Edges))
		return n, nil
	})
}

// nodes lists the actors of the edges in order of first appearance, which
// follows the edges' order (busiest first).
func nodes(edges []store.Edge, names map[string]string) []Node {
	idx := map[string]int{}
	out := []Node{}
	for _, e := range edges {
		for _, a := range []string{e.Source, e.Target} {
			i, ok := idx[a]
			if !ok {
				i = len(out)
				idx[a] = i
				label := names[a]
				if label == "" {
					label = actorLabel(a)
				}
				out = append(out, Node{ID: a, Label: label})
			}
			out[i].Events += e.Count
		}
	}
	return out
}

// roleNames spell out the commonest CAMEO role codes for labels.
var roleNames = map[string]string{"GOV": "government", "MIL": "military", "CVL": "civilians", "REB": "rebels",
	"OPP": "opposition", "MED": "media", "REF": "refugees", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
	"HLH": "health", "BUS": "business", "EDU": "education", "ELI": "elites", "SPY": "intelligence", "IGO": "IGO", "NGO": "NGO"}

// actorLabel names a code for people: "ARMGOV" -> "Armenia government".
// The code itself stays the node's id and is shown beside the label.
func actorLabel(code string) string {
	if len(code) < 3 {
		return code
	}
	name := code[:3]
	if ci, ok := lexicon.Default().Country(code[:3]); ok {
		name = ci.Name
	}
	var parts []string
	for i := 3; i+3 <= len(code); i += 3 {
		if r, ok := roleNames[code[i:i+3]]; ok {
			parts = append(parts, r)
		} else {
			parts = append(parts, code[i:i+3])
		}
	}
	if len(parts) == 0 {
		return name
	}
	return name + " " + strings.Join(parts, " ")
}

// MapView is the answer of /v1/map.
type MapView struct {
	Points []MapPoint `json:"points"`
	// Unplaced counts events whose location the gazetteer does not know;
	// NoLocation those without any location.
	Unplaced   int `json:"unplaced"`
	NoLocation int `json:"no_location"`
}

func (s *Server) mapPoints(w http.ResponseWriter, r *http.Request) {
	p, q := parseEvents(r.URL.Query())
	if p.err != nil {
		writeError(w, r, p.err)
		return
	}
	s.cached(w, r, func() (any, error) {
		rows, err := s.st.Places(r.Context(), q)
		if err != nil {
			return nil, err
		}
		a := newMapAgg(s.place)
		for i := range rows {
			a.add(&rows[i])
		}
		return MapView{Points: a.result(), Unplaced: a.unplaced, NoLocation: a.noLoc}, nil
	})
}

// actorNames maps the actor codes of edges to the entity name the corpus
// uses most for them ("IGOUNO" -> "United Nations"). The store looks up
// only these codes, so the cost follows the size of the network shown, not
// that of the corpus.
func (s *Server) actorNames(r *http.Request, edges []store.Edge) map[string]string {
	seen := map[string]bool{}
	var codes []string
	for _, e := range edges {
		for _, a := range []string{e.Source, e.Target} {
			if !seen[a] {
				seen[a] = true
				codes = append(codes, a)
			}
		}
	}
	names, err := s.st.ActorNames(r.Context(), codes)
	if err != nil {
		return map[string]string{} // labels fall back to actorLabel
	}
	return names
}
