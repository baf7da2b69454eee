package events

// Predictions of likelihood: an act under "likely", "unlikely" or "poised"
// ("Peru was unlikely to impose sanctions", "Chile is likely to recall its
// envoy") is a possibility, not a fact, like one under "expect".
func init() {
	for _, w := range []string{"likely", "unlikely", "poised"} {
		hypotheticalFrames[w] = true
	}
}
