package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// clusterWords builds Brown-like hierarchical word clusters cheaply: each
// frequent word gets a vector of positive PMI with its left and right
// neighbours (restricted to the most frequent context words), randomly
// projected to a small dense space, and the words are then split
// recursively with 2-means. The path of left/right choices is the cluster
// id, so prefixes give coarser clusters just like Brown paths.
func clusterWords(docs [][]string, o LexiconOptions) map[string]uint32 {
	words, id := vocabulary(docs, o)
	vecs := contextVectors(docs, id, len(words), o)
	paths := make([]uint32, len(words))
	idx := make([]int, len(words))
	for i := range idx {
		idx[i] = i
	}
	bisect(vecs, o.Dim, idx, 1, 0, o, paths)
	out := make(map[string]uint32, len(words))
	for i, w := range words {
		out[w] = paths[i]
	}
	return out
}

// vocabulary returns the words seen at least o.MinCount times, most
// frequent first (ties by string, for determinism), at most o.MaxVocab of
// them, and each word's index in that list.
func vocabulary(docs [][]string, o LexiconOptions) ([]string, map[string]int32) {
	freq := map[string]int{}
	for _, d := range docs {
		for _, w := range d {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, c := range freq {
		if c >= o.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > o.MaxVocab {
		words = words[:o.MaxVocab]
	}
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	return words, id
}

// contextVectors returns len(vocab)×dim projected PPMI vectors, normalised.
func contextVectors(docs [][]string, id map[string]int32, n int, o LexiconOptions) []float32 {
	nctx := int32(2*o.Contexts + 2) // left/right × (top contexts + "other")
	ctxOf := func(w string, right int32) int32 {
		c, ok := id[w]
		if !ok || c >= int32(o.Contexts) {
			c = int32(o.Contexts)
		}
		return c + right*int32(o.Contexts+1)
	}
	var pairs []uint64
	for _, d := range docs {
		for i, w := range d {
			wi, ok := id[w]
			if !ok {
				continue
			}
			l, r := "<s>", "</s>"
			if i > 0 {
				l = d[i-1]
			}
			if i+1 < len(d) {
				r = d[i+1]
			}
			pairs = append(pairs, uint64(wi)<<32|uint64(ctxOf(l, 0)), uint64(wi)<<32|uint64(ctxOf(r, 1)))
		}
	}
	slices.Sort(pairs)
	// Marginals for PMI.
	wc := make([]float64, n)
	cc := make([]float64, nctx)
	for _, p := range pairs {
		wc[p>>32]++
		cc[uint32(p)]++
	}
	total := float64(len(pairs))
	rng := rand.New(rand.NewPCG(7, 11))
	proj := make([]float32, int(nctx)*o.Dim)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, n*o.Dim)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w, c := int(pairs[i]>>32), int(uint32(pairs[i]))
		pmi := math.Log(float64(j-i) * total / (wc[w] * cc[c]))
		if pmi > 0 {
			v, p := vecs[w*o.Dim:(w+1)*o.Dim], proj[c*o.Dim:(c+1)*o.Dim]
			for k := range v {
				v[k] += float32(pmi) * p[k]
			}
		}
		i = j
	}
	for w := 0; w < n; w++ {
		normalise(vecs[w*o.Dim : (w+1)*o.Dim])
	}
	return vecs
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for k := range v {
		v[k] *= inv
	}
}
