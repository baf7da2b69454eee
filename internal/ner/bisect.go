package ner

// bisect splits the words in idx into two with spherical 2-means and
// recurses, writing each word's Brown-style path (leading 1 bit) to paths.
func bisect(vecs []float32, dim int, idx []int, path uint32, depth int, o LexiconOptions, paths []uint32) {
	if depth >= o.MaxDepth || len(idx) < 2*o.MinCluster {
		for _, i := range idx {
			paths[i] = path
		}
		return
	}
	vec := func(i int) []float32 { return vecs[i*dim : (i+1)*dim] }
	// Deterministic seeding: the word least similar to the group mean, then
	// the word least similar to that one.
	mean := make([]float32, dim)
	for _, i := range idx {
		for k, x := range vec(i) {
			mean[k] += x
		}
	}
	far := func(c []float32) int {
		best, bv := idx[0], float32(2)
		for _, i := range idx {
			if d := dot(c, vec(i)); d < bv {
				best, bv = i, d
			}
		}
		return best
	}
	a := far(mean)
	b := far(vec(a))
	ca, cb := append([]float32(nil), vec(a)...), append([]float32(nil), vec(b)...)
	side := make([]bool, len(idx))
	for iter := 0; iter < 8; iter++ {
		na, nb := make([]float32, dim), make([]float32, dim)
		for j, i := range idx {
			v := vec(i)
			side[j] = dot(v, cb) > dot(v, ca)
			t := na
			if side[j] {
				t = nb
			}
			for k, x := range v {
				t[k] += x
			}
		}
		normalise(na)
		normalise(nb)
		ca, cb = na, nb
	}
	var left, right []int
	for j, i := range idx {
		if side[j] {
			right = append(right, i)
		} else {
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		for _, i := range idx {
			paths[i] = path
		}
		return
	}
	bisect(vecs, dim, left, path<<1, depth+1, o, paths)
	bisect(vecs, dim, right, path<<1|1, depth+1, o, paths)
}

func dot(a, b []float32) float32 {
	var s float32
	for k := range a {
		s += a[k] * b[k]
	}
	return s
}
