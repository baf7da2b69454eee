package ner

import (
	"math"
	"slices"
)

// exchangeClasses assigns frequent words to o.Classes flat classes with
// the exchange algorithm for the predictive class bigram model
// (Uszkoreit & Brants 2008): a word's class should predict the next word
// well. It maximises sum over classes c and next words w of
// N(c,w) log N(c,w) minus sum over c of N(c) log N(c), moving one word at
// a time to its best class. These classes complement the PPMI tree of
// clusterWords: they come from a likelihood objective rather than vector
// geometry, the way Brown clusters do. Class ids start at 1 (0 is "no
// class"). Words are visited in a fixed order and ties go to the lower
// class, so the result is deterministic.
func exchangeClasses(docs [][]string, o LexiconOptions) map[string]uint16 {
	if o.Classes <= 0 {
		return nil
	}
	words, id := vocabulary(docs, o)
	V, C := len(words), o.Classes
	// Bigrams (v, w) with v in the vocabulary; rare next words share the
	// column V.
	var pairs []uint64
	for _, d := range docs {
		for i := 0; i+1 < len(d); i++ {
			v, ok := id[d[i]]
			if !ok {
				continue
			}
			w, ok := id[d[i+1]]
			if !ok {
				w = int32(V)
			}
			pairs = append(pairs, uint64(v)<<32|uint64(w))
		}
	}
	slices.Sort(pairs)
	type succ struct{ w, n int32 }
	succs := make([][]succ, V)
	nv := make([]int64, V)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		v := pairs[i] >> 32
		succs[v] = append(succs[v], succ{int32(uint32(pairs[i])), int32(j - i)})
		nv[v] += int64(j - i)
		i = j
	}
	cols := V + 1
	ncw := make([]int32, C*cols)
	nc := make([]int64, C)
	class := make([]int, V)
	for v := range class {
		class[v] = v % C
		for _, s := range succs[v] {
			ncw[class[v]*cols+int(s.w)] += s.n
		}
		nc[class[v]] += nv[v]
	}
	flog := make([]float64, 1<<16)
	for x := 1; x < len(flog); x++ {
		flog[x] = float64(x) * math.Log(float64(x))
	}
	f := func(x int64) float64 {
		if x < int64(len(flog)) {
			return flog[x]
		}
		return float64(x) * math.Log(float64(x))
	}
	gain := make([]float64, C)
	for it := 0; it < o.ExchangeIters; it++ {
		moved := 0
		for v := 0; v < V; v++ {
			a := class[v]
			for _, s := range succs[v] {
				ncw[a*cols+int(s.w)] -= s.n
			}
			nc[a] -= nv[v]
			best := 0
			for c := 0; c < C; c++ {
				row := ncw[c*cols : (c+1)*cols]
				g := f(nc[c]) - f(nc[c]+nv[v])
				for _, s := range succs[v] {
					x := int64(row[s.w])
					g += f(x+int64(s.n)) - f(x)
				}
				gain[c] = g
				if g > gain[best] {
					best = c
				}
			}
			if best != a {
				moved++
			}
			class[v] = best
			for _, s := range succs[v] {
				ncw[best*cols+int(s.w)] += s.n
			}
			nc[best] += nv[v]
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]uint16, V)
	for v, w := range words {
		out[w] = uint16(class[v] + 1)
	}
	return out
}
