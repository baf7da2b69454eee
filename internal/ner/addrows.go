package ner

// addRowsGo adds one 16-float row to out, label by label: the reference
// that addRows must match bit for bit.
func addRowsGo(out, row *[16]float32) {
	for j := range out {
		out[j] += row[j]
	}
}
