package eval

import (
	"fmt"
	"io"
	"sort"
)

// PRF is precision, recall and F1 with the counts they come from.
type PRF struct {
	TP        int     `json:"tp"`
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Add accumulates counts.
func (p *PRF) Add(tp, pred, gold int) {
	p.TP += tp
	p.Predicted += pred
	p.Gold += gold
	p.compute()
}

func (p *PRF) compute() {
	p.Precision, p.Recall, p.F1 = 0, 0, 0
	if p.Predicted > 0 {
		p.Precision = float64(p.TP) / float64(p.Predicted)
	}
	if p.Gold > 0 {
		p.Recall = float64(p.TP) / float64(p.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// Report holds the scores per layer over a set of documents.
type Report struct {
	Documents int             `json:"documents"`
	Layers    map[string]*PRF `json:"layers"`
	// ActorAccuracy is the share of matched entities with a gold actor
	// code whose country part (first three letters) we got right.
	ActorAccuracy float64  `json:"actor_accuracy"`
	ActorMatched  int      `json:"actor_matched"`
	ActorRight    int      `json:"actor_right"`
	Misses        []string `json:"misses,omitempty"`
}

// Layers in report order.
var layerOrder = []string{"entities", "events", "events_quad", "quotes", "quantities", "times"}

func newReport() *Report {
	r := &Report{Layers: map[string]*PRF{}}
	for _, l := range layerOrder {
		r.Layers[l] = &PRF{}
	}
	return r
}

// Write prints the report as a table.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "%-12s %9s %9s %9s %6s %6s %6s\n", "layer", "precision", "recall", "f1", "tp", "pred", "gold")
	names := make([]string, 0, len(r.Layers))
	for k := range r.Layers {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	for _, n := range names {
		p := r.Layers[n]
		fmt.Fprintf(w, "%-12s %9.3f %9.3f %9.3f %6d %6d %6d\n", n, p.Precision, p.Recall, p.F1, p.TP, p.Predicted, p.Gold)
	}
	fmt.Fprintf(w, "actor codes (country part) right for %d of %d matched entities with a gold actor: %.3f\n",
		r.ActorRight, r.ActorMatched, r.ActorAccuracy)
}

func rank(l string) int {
	for i, x := range layerOrder {
		if x == l {
			return i
		}
	}
	return len(layerOrder)
}
