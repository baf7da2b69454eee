package events

// Killings and attacks done with bombs are unconventional violence (183),
// not conventional military force (190): "two suicide bombers killed 23
// people" is 1831, "killed in a car bomb explosion" 1832, "killed by an
// improvised explosive device" 183 (the GDELT table has no 1834). The generic verb ("kill", "attack",
// "wound") gets its code from the means named in its clause or agent.

// bombWords name an explosive means.
var bombWords = map[string]bool{"bomb": true, "bombs": true, "bomber": true, "bombers": true,
	"explosive": true, "explosives": true, "explosion": true, "explosions": true, "blast": true,
	"ied": true, "ieds": true, "landmine": true, "landmines": true, "car-bomb": true}

// unconventional returns the 183x code for a generic act of force at
// trigger i whose subtree, or whose agent's, names a bomb; "" otherwise.
func (s *sent) unconventional(i int, src []int) string {
	found, leaf := false, "183"
	devices := s.deviceHeads(src) // repair_hw.go
	for k := range s.toks {
		if !s.within(k, i) && !s.withinAny(k, src) && !s.withinAny(k, devices) {
			continue
		}
		switch s.low(k) {
		case "suicide":
			leaf = "1831"
		case "car", "vehicle":
			if leaf == "183" && k+1 < len(s.toks) && bombWords[s.low(k+1)] {
				leaf = "1832"
			}
		case "roadside":
			if leaf == "183" {
				leaf = "1833"
			}
		}
		if bombWords[s.low(k)] {
			found = true
		}
	}
	if !found {
		return ""
	}
	return leaf
}

// withinAny reports whether token k lies in the subtree of one of heads.
func (s *sent) withinAny(k int, heads []int) bool {
	for _, h := range heads {
		if s.within(k, h) {
			return true
		}
	}
	return false
}
