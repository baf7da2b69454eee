package events

// fixCoordinatedNationality repairs the first of two coordinated
// nationality adjectives hung outside the noun they both modify: "French
// and German officials met" parsed French/amod -> met, and/cc -> met,
// German/amod -> officials. Two nationality adjectives joined by "and"
// right before a noun that the second modifies are one coordinated
// modifier of that noun, as the parser reads "Russian and Chinese
// warships": the first becomes the noun's amod, the second its conjunct.
// Both adjectives hung on the noun with "and" as the noun's cc ("Iraqi
// and Turkish officials" parsed Iraqi/amod, and/cc, Turkish/amod ->
// officials) are joined the same way: the noun's own cc would coordinate
// it with nothing. Only capitalised nationality adjectives of the
// gazetteer are joined (the tree has lower-case words, so the word is
// capitalised for the lookup). It reports whether the tree changed.
// heads are 1-based.
func fixCoordinatedNationality(lower, upos []string, heads []int, rels []string) bool {
	changed := false
	for k := 0; k+3 < len(lower); k++ {
		if lower[k+1] != "and" {
			continue
		}
		a2 := k + 2
		n := heads[a2] - 1
		if rels[a2] != "amod" || n <= a2 || !isNounTag(upos[n]) {
			continue
		}
		if heads[k]-1 == n && (rels[k] != "amod" || heads[k+1]-1 != n) {
			continue
		}
		if nationalityWord(lower[k]) == "" || nationalityWord(lower[a2]) == "" {
			continue
		}
		// everything between the second adjective and the noun modifies
		// the noun ("French and German foreign ministers")
		ok := true
		for j := a2 + 1; j < n; j++ {
			if heads[j]-1 != n {
				ok = false
				break
			}
		}
		if !ok || heads[k]-1 != n && hasDependent(heads, k) {
			continue
		}
		heads[k], rels[k] = n+1, "amod"
		heads[a2], rels[a2] = k+1, "conj"
		heads[k+1], rels[k+1] = a2+1, "cc"
		changed = true
	}
	return changed
}

// nationalityWord returns the country of a lower-case nationality
// adjective ("french"), or "".
func nationalityWord(w string) string {
	if w == "" {
		return ""
	}
	return nationality(capitalised(w))
}

// hasDependent reports whether word k heads any other word.
func hasDependent(heads []int, k int) bool {
	for _, h := range heads {
		if h-1 == k {
			return true
		}
	}
	return false
}
