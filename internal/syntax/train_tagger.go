package syntax

import (
	"fmt"
	"io"
	"math/rand"
	"sort"
)

// tagColumn selects the gold tag sequence of a sentence.
type tagColumn func(s *TreeSentence) []string

func upos(s *TreeSentence) []string { return s.UPOS }
func xpos(s *TreeSentence) []string { return s.XPOS }

// sentHashes precomputes word atoms for a whole corpus once.
func sentHashes(sents []TreeSentence) [][]wordHashes {
	out := make([][]wordHashes, len(sents))
	for i, s := range sents {
		out[i] = make([]wordHashes, len(s.Words))
		for j, w := range s.Words {
			computeWordHashes(w, &out[i][j])
		}
	}
	return out
}

func tagIndex(sents []TreeSentence, col tagColumn) ([]string, map[string]int) {
	set := map[string]int{}
	for i := range sents {
		for _, t := range col(&sents[i]) {
			set[t]++
		}
	}
	tags := make([]string, 0, len(set))
	for t := range set {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	idx := map[string]int{}
	for i, t := range tags {
		idx[t] = i
	}
	return tags, idx
}

// buildTagDict keeps forms seen >= minCount times with one tag in at
// least `purity` of the cases.
func (t *tagger) buildTagDict(sents []TreeSentence, col tagColumn, idx map[string]int, minCount int, purity float64) {
	counts := map[string]map[int]int{}
	for i := range sents {
		tags := col(&sents[i])
		for j, w := range sents[i].Words {
			m := counts[w]
			if m == nil {
				m = map[int]int{}
				counts[w] = m
			}
			m[idx[tags[j]]]++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words) // deterministic row order
	t.dict = newLinear(0, 1024)
	for _, w := range words {
		total, best, bestN := 0, 0, -1
		for c, n := range counts[w] {
			total += n
			if n > bestN || (n == bestN && c < best) {
				best, bestN = c, n
			}
		}
		if total >= minCount && float64(bestN)/float64(total) >= purity {
			t.dict.insert(hashString(w))
			t.dictTags = append(t.dictTags, uint8(best))
		}
	}
}

// trainTagger runs greedy perceptron training and keeps the averaged
// weights of the epoch with the best dev accuracy.
func trainTagger(train, dev []TreeSentence, col tagColumn, epochs int, rng *rand.Rand, log io.Writer) *tagger {
	tags, idx := tagIndex(train, col)
	t := &tagger{tags: tags, lin: newLinear(len(tags), 1<<18)}
	t.lin.train = true
	t.buildTagDict(train, col, idx, 20, 0.995)
	hs, devHs := sentHashes(train), sentHashes(dev)
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(tags))
	var step float32 = 1
	best, bestAcc := (*linear)(nil), -1.0
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, si := range order {
			gold := col(&train[si])
			var p1, p2 uint64
			for i := range hs[si] {
				c := t.dictTag(&hs[si][i])
				if c < 0 {
					feats = tagFeatures(hs[si], i, p1, p2, feats[:0])
					t.lin.score(feats, scores)
					c = argmax(scores)
					t.lin.update(feats, idx[gold[i]], c, step)
					step++
				}
				p2, p1 = p1, uint64(c)+1
			}
		}
		avg := &tagger{tags: tags, lin: t.lin.averaged(step), dict: t.dict, dictTags: t.dictTags}
		acc := avg.accuracy(dev, devHs, col)
		fmt.Fprintf(log, "  tagger epoch %d: rows=%d dev acc=%.4f\n", ep+1, t.lin.rows, acc)
		if acc > bestAcc {
			best, bestAcc = avg.lin, acc
		}
	}
	t.lin = best
	return t
}

func (t *tagger) accuracy(sents []TreeSentence, hs [][]wordHashes, col tagColumn) float64 {
	feats := make([]uint64, 0, 64)
	scores := make([]float32, len(t.tags))
	ok, n := 0, 0
	for si := range sents {
		out := make([]int, len(hs[si]))
		t.tag(hs[si], out, feats, scores)
		for i, g := range col(&sents[si]) {
			if t.tags[out[i]] == g {
				ok++
			}
			n++
		}
	}
	return float64(ok) / float64(max(n, 1))
}
