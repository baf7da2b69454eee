package syntax

import (
	"fmt"
	"io"
	"math/rand"
)

// trainItem is a training sentence with (jackknifed) predicted tags and
// a projectivised gold tree.
type trainItem struct {
	hs    []wordHashes
	tags  []int
	gold  []int32 // index 0 unused (-1)
	rels  []int   // gold relation class per word
	upos  []string
	sentI int
}

// trainParser trains the transition classifier with the arc-hybrid
// dynamic oracle; after the first epoch it follows its own (possibly
// wrong) predictions with probability explore so that it learns to
// recover from errors.
func trainParser(items []trainItem, epochs int, explore float64, v2 bool, rng *rand.Rand, evalDev func(*parser) float64, log io.Writer) *parser {
	lin := newLinear(nActs, 1<<20)
	lin.train = true
	var ls labelSent
	var st parseState
	feats := make([]uint64, 0, 96)
	scores := make([]float32, nActs)
	var cost [nActs]int
	var step float32 = 1
	order := rng.Perm(len(items))
	best, bestScore := (*linear)(nil), -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, ii := range order {
			it := &items[ii]
			n := len(it.hs)
			fillAtoms(&ls, it.hs, it.tags, it.upos)
			ls.v2 = v2
			st.reset(n)
			for !st.done() {
				feats = parseFeatures(&ls.parseSent, &st, feats[:0])
				lin.score(feats, scores)
				st.oracleCosts(it.gold, &cost)
				minCost := 1 << 30
				for a := 0; a < nActs; a++ {
					if cost[a] >= 0 && cost[a] < minCost {
						minCost = cost[a]
					}
				}
				pred, gold := -1, -1
				for a := 0; a < nActs; a++ {
					if cost[a] < 0 {
						continue
					}
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					if cost[a] == minCost && (gold < 0 || scores[a] > scores[gold]) {
						gold = a
					}
				}
				if cost[pred] > minCost {
					lin.update(feats, gold, pred, step)
				}
				step++
				next := gold
				if ep > 0 && rng.Float64() < explore {
					next = pred
				}
				st.apply(next)
			}
		}
		avg := &parser{lin: lin.averaged(step), v2: v2}
		sc := evalDev(avg)
		fmt.Fprintf(log, "  parser epoch %d: rows=%d dev=%.4f\n", ep+1, lin.rows, sc)
		if sc > bestScore {
			best, bestScore = avg.lin, sc
		}
	}
	return &parser{lin: best, v2: v2}
}

// trainLabeler trains the relation classifier on gold trees with
// predicted tags, assigning labels top-down like at run time.
func trainLabeler(items []trainItem, rels []string, epochs int, rng *rand.Rand, evalDev func(*labeler) float64, log io.Writer) *labeler {
	lin := newLinear(len(rels), 1<<20)
	lin.train = true
	var ls labelSent
	var ts treeScratch
	feats := make([]uint64, 0, 96)
	scores := make([]float32, len(rels))
	var step float32 = 1
	order := rng.Perm(len(items))
	best, bestScore := (*linear)(nil), -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, ii := range order {
			it := &items[ii]
			n := len(it.hs)
			fillAtoms(&ls, it.hs, it.tags, it.upos)
			ts.build(it.gold, n)
			ls.hlab[0] = 0
			for _, d := range ts.order[1:] {
				feats = labelFeatures(&ls, &ts, it.gold, d, feats[:0])
				lin.score(feats, scores)
				c := argmax(scores)
				lin.update(feats, it.rels[d-1], c, step)
				step++
				ls.hlab[d] = uint64(c) + 1
			}
		}
		avg := &labeler{rels: rels, lin: lin.averaged(step)}
		sc := evalDev(avg)
		fmt.Fprintf(log, "  labeler epoch %d: rows=%d dev=%.4f\n", ep+1, lin.rows, sc)
		if sc > bestScore {
			best, bestScore = avg.lin, sc
		}
	}
	return &labeler{rels: rels, lin: best}
}
