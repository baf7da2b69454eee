package verbdict_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"testing"

	"sitrep/internal/annotate"
	"sitrep/internal/annotate/verbdict"
	"sitrep/internal/doc"
	"sitrep/internal/ingest"
	"sitrep/internal/lexicon"
	"sitrep/internal/pipeline"
	"sitrep/internal/testutil"
)

// The PETRARCH-2 unit-test suite (../shared/bench/petrarch2_validation.jsonl)
// coded with its own validation dictionaries: actors and agents through
// the gazetteer (--actors), verbs through this package (--verbs). The
// codes follow that verb dictionary, not CAMEO, so the suite measures the
// dictionary coder, not sitrep's own table.

type ptRecord struct {
	ID, Date, Text, Category string
	Events                   []struct{ Source, Target, Code string }
	Config                   struct {
		RequireDyad bool `json:"require_dyad"`
	}
}

// tally pools score_events.py's counts, and the dyad agreement of the
// lead's dyad script (asserted events only).
type tally struct {
	gold, pred, rootHit, codeHit, predHit      int
	goldDyads, dyadHit, predDyads, predDyadHit int
	dyadHitAll                                 int // counting negated and hypothetical events too
}

func (a *tally) add(b tally) {
	a.gold += b.gold
	a.pred += b.pred
	a.rootHit += b.rootHit
	a.codeHit += b.codeHit
	a.predHit += b.predHit
	a.goldDyads += b.goldDyads
	a.dyadHit += b.dyadHit
	a.predDyads += b.predDyads
	a.predDyadHit += b.predDyadHit
	a.dyadHitAll += b.dyadHitAll
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func score(r ptRecord, evs []doc.Event) tally {
	var t tally
	pRoots, pCodes, gRoots := map[string]bool{}, map[string]bool{}, map[string]bool{}
	pd, gd, pdAll := map[[2]string]bool{}, map[[2]string]bool{}, map[[2]string]bool{}
	for _, e := range evs {
		if e.Code == "" {
			continue
		}
		t.pred++
		pRoots[e.Code[:2]], pCodes[e.Code] = true, true
		pdAll[[2]string{e.Source, e.Target}] = true
		if !e.Negated && !e.Hypothetical {
			pd[[2]string{e.Source, e.Target}] = true
		}
	}
	for _, g := range r.Events {
		t.gold++
		gRoots[g.Code[:2]] = true
		if pRoots[g.Code[:2]] {
			t.rootHit++
		}
		if pCodes[g.Code] {
			t.codeHit++
		}
		gd[[2]string{g.Source, g.Target}] = true
	}
	for _, e := range evs {
		if e.Code != "" && gRoots[e.Code[:2]] {
			t.predHit++
		}
	}
	// dyad.py counts gold dyads as a set per record, as here
	t.goldDyads, t.predDyads = len(gd), len(pd)
	for k := range gd {
		if pd[k] {
			t.dyadHit++
		}
		if pdAll[k] {
			t.dyadHitAll++
		}
	}
	for k := range pd {
		if gd[k] {
			t.predDyadHit++
		}
	}
	return t
}

// registryWith is the default pipeline with the verbs stage after
// events/v1, with the given options.
func registryWith(t *testing.T, d *verbdict.Dict, o verbdict.Options) *annotate.Registry {
	var stages []annotate.Annotator
	for _, a := range verbdict.WithStage(pipeline.Stages(), d) {
		if _, ok := a.(verbdict.Stage); ok {
			a = verbdict.Stage{Dict: d, Opts: o}
		}
		stages = append(stages, a)
	}
	reg, err := annotate.NewRegistry(stages...)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestPetrarchUnitTests(t *testing.T) {
	dir := testutil.Shared(t, "bench", "petrarch2-unittest")
	g, err := lexicon.LoadDictionaryFiles([]string{filepath.Join(dir, "PETR.Validate.actors.txt"), filepath.Join(dir, "PETR.Validate.agents.txt")})
	if err != nil {
		t.Fatal(err)
	}
	lexicon.SetDefault(g)
	defer lexicon.SetDefault(nil)
	d, err := verbdict.ParseFiles([]string{filepath.Join(dir, "PETR.Validate.verbs.txt")})
	if err != nil {
		t.Fatal(err)
	}
	dyadReg := registryWith(t, d, verbdict.Options{})
	openReg := registryWith(t, d, verbdict.Options{AllowNullTarget: true})

	all := tally{}
	byCat := map[string]*tally{}
	testutil.EachJSONLine(t, func(line int, data []byte) {
		var r ptRecord
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		pub := ""
		if len(r.Date) == 8 {
			pub = r.Date[:4] + "-" + r.Date[4:6] + "-" + r.Date[6:] // date-restricted actors
		}
		dc := ingest.NewDoc(r.Text, ingest.Meta{ID: r.ID, Published: pub})
		reg := dyadReg
		if !r.Config.RequireDyad {
			reg = openReg
		}
		if err := reg.Run(context.Background(), dc); err != nil {
			t.Fatal(err)
		}
		s := score(r, dc.Events)
		all.add(s)
		if byCat[r.Category] == nil {
			byCat[r.Category] = &tally{}
		}
		byCat[r.Category].add(s)
	}, "bench", "petrarch2_validation.jsonl")

	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	t.Logf("%-9s %5s %5s %8s %8s %8s %8s %8s", "category", "gold", "pred", "root R", "exact R", "root P", "dyad R", "dyad R*")
	for _, c := range append(cats, "ALL") {
		s := &all
		if c != "ALL" {
			s = byCat[c]
		}
		t.Logf("%-9s %5d %5d %8.3f %8.3f %8.3f %8.3f %8.3f", c, s.gold, s.pred, ratio(s.rootHit, s.gold),
			ratio(s.codeHit, s.gold), ratio(s.predHit, s.pred), ratio(s.dyadHit, s.goldDyads), ratio(s.dyadHitAll, s.goldDyads))
	}
	t.Logf("dyad R: asserted events only, as the lead's dyad script; dyad R*: every event, as score_events.py counts them")
	t.Logf("dyads: gold %d, predicted %d, recall %.3f, precision %.3f", all.goldDyads, all.predDyads,
		ratio(all.dyadHit, all.goldDyads), ratio(all.predDyadHit, all.predDyads))

	// Floors at the figures reached; they only go up.
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"root recall", ratio(all.rootHit, all.gold), 0.89},
		{"exact-code recall", ratio(all.codeHit, all.gold), 0.87},
		{"root precision", ratio(all.predHit, all.pred), 0.87},
		{"dyad recall", ratio(all.dyadHit, all.goldDyads), 0.54},
		{"dyad recall, every event", ratio(all.dyadHitAll, all.goldDyads), 0.63},
		{"dyad precision", ratio(all.predDyadHit, all.predDyads), 0.64},
	} {
		if f.got < f.floor {
			t.Errorf("%s %.3f is below the floor %.3f", f.name, f.got, f.floor)
		}
	}
}
