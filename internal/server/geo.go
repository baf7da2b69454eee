package server

import (
	"math"
	"sort"
	"strings"
	"sync"

	"sitrep/internal/lexicon"
	"sitrep/internal/store"
)

// MapPoint is one place on the map with the events located there.
type MapPoint struct {
	Location string  `json:"location"` // the gazetteer's name for the place
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Country  string  `json:"country"` // ISO3, "" when unknown
	Count    int     `json:"count"`
	Quad     [5]int  `json:"quad"` // events per QuadClass, as in the timeline
	// Goldstein is the mean Goldstein value of the events, for colouring.
	Goldstein float64 `json:"goldstein"`
}

// placer resolves event locations to coordinates with the gazetteer
// (internal/lexicon places.tsv and countries.tsv, built from openly
// licensed data credited there), caching answers: a corpus names the same
// few places over and over.
type placer struct {
	gaz   *lexicon.Gazetteer
	mu    sync.Mutex
	cache map[string]*lexicon.Entry
}

func newPlacer(g *lexicon.Gazetteer) *placer {
	return &placer{gaz: g, cache: map[string]*lexicon.Entry{}}
}

func (p *placer) place(name string) *lexicon.Entry {
	key := strings.ToLower(strings.TrimSpace(name))
	p.mu.Lock()
	defer p.mu.Unlock()
	if e, ok := p.cache[key]; ok {
		return e
	}
	var out *lexicon.Entry
	if e, ok := p.gaz.Place(name); ok && (e.Lat != 0 || e.Lon != 0) {
		out = &e
	} else if ok && e.Country != "" {
		// A country read as a place: use its centroid.
		if ci, ok := p.gaz.Country(e.Country); ok {
			out = &lexicon.Entry{Name: ci.Name, Country: ci.ISO3, Lat: ci.Lat, Lon: ci.Lon}
		}
	}
	if len(p.cache) < 100000 {
		p.cache[key] = out
	}
	return out
}

// mapAgg groups events by resolved place.
type mapAgg struct {
	pl       *placer
	points   map[string]*MapPoint
	unplaced int // events with a location the gazetteer does not know
	noLoc    int // events without a location
}

func newMapAgg(pl *placer) *mapAgg { return &mapAgg{pl: pl, points: map[string]*MapPoint{}} }

// add counts the events of one stored location under its gazetteer place
// (several spellings may name one place).
func (a *mapAgg) add(r *store.PlaceRow) {
	if r.Location == "" {
		a.noLoc += r.Count
		return
	}
	e := a.pl.place(r.Location)
	if e == nil {
		a.unplaced += r.Count
		return
	}
	pt := a.points[e.Name]
	if pt == nil {
		pt = &MapPoint{Location: e.Name, Lat: e.Lat, Lon: e.Lon, Country: e.Country}
		a.points[e.Name] = pt
	}
	pt.Count += r.Count
	pt.Goldstein += r.MeanGoldstein * float64(r.Count) // a sum until result()
	for q, n := range r.Quad {
		pt.Quad[q] += n
	}
}

// result orders points by count descending, then name.
func (a *mapAgg) result() []MapPoint {
	out := make([]MapPoint, 0, len(a.points))
	for _, p := range a.points {
		pt := *p
		pt.Goldstein = math.Round(pt.Goldstein/float64(pt.Count)*100) / 100
		out = append(out, pt)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Location < out[j].Location
	})
	return out
}
