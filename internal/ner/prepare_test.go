package ner

import (
	"strings"
	"testing"
)

// prepareRef is the plain string implementation of prepare that the model
// was trained with; prepare must compute exactly the same properties.
func (m *Model) prepareRef(words []string, toks []tok) {
	gaz := m.gaz.matchRef(words)
	gbits := m.glist.matchRef(words)
	for i, w := range words {
		lw := strings.ToLower(w)
		t := &toks[i]
		t.lower = hashStr(normDigits(lw))
		t.raw = hashStr(w)
		t.shape = hashStr(wordShape(w))
		t.sshape = hashStr(shortShape(w))
		for n := 1; n <= 4; n++ {
			t.pre[n-1] = hashStr(prefix(lw, n))
			t.suf[n-1] = hashStr(suffix(lw, n))
		}
		path, ok := m.lex.lookupCluster(w, lw)
		for k, lv := range clusterLevels {
			t.clus[k] = 0
			if ok {
				t.clus[k] = uint64(clusterPrefix(path, lv)) + 2
			}
		}
		t.cap = uint64(capClass(w))
		t.capBin = uint64(m.lex.CapBin[lw])
		t.xcls = uint64(m.lex.Classes[w])
		if t.xcls == 0 {
			t.xcls = uint64(m.lex.Classes[lw])
		}
		t.gaz = uint64(gaz[i])
		t.gbits = gbits[i]
		t.length = uint64(min(len(w), 10))
	}
}

// matchRef is the string implementation of gazLists.matchInto: every
// phrase of up to maxGazTokens words is looked up.
func (g *gazLists) matchRef(words []string) []uint64 {
	out := make([]uint64, len(words))
	for i := range words {
		if c := capClass(words[i]); c != capInit && c != capAll && c != capMixed {
			continue
		}
		for k := range gazListNames {
			best := 0
			for l := 1; l <= maxGazTokens && i+l <= len(words); l++ {
				if g.get(hashStr(strings.ToLower(strings.Join(words[i:i+l], " "))))&(1<<k) != 0 {
					best = l
				}
			}
			switch {
			case best == 1:
				out[i] |= 1 << (4*k + gazU)
			case best > 1:
				out[i] |= 1 << (4*k + gazB)
				for j := i + 1; j < i+best-1; j++ {
					out[j] |= 1 << (4*k + gazI)
				}
				out[i+best-1] |= 1 << (4*k + gazL)
			}
		}
	}
	return out
}

// matchRef is the string implementation of gazetteer.matchInto.
func (g *gazetteer) matchRef(words []string) []uint8 {
	out := make([]uint8, len(words))
	for i := 0; i < len(words); {
		n := 0
		var cat uint8
		var key strings.Builder
		for l := 1; l <= maxGazLen && i+l <= len(words); l++ {
			w := words[i+l-1]
			if c := capClass(w); l == 1 && c != capInit && c != capAll && c != capMixed {
				break
			}
			if l > 1 {
				key.WriteByte(' ')
			}
			key.WriteString(strings.ToLower(w))
			if c, ok := g.entries[key.String()]; ok {
				n, cat = l, c
			}
		}
		if n == 0 {
			i++
			continue
		}
		for k := 0; k < n; k++ {
			out[i+k] = 2 * cat
			if k > 0 {
				out[i+k]++
			}
		}
		i += n
	}
	return out
}

// checkPrepare compares prepare with prepareRef.
func checkPrepare(t *testing.T, m *Model, words []string) {
	t.Helper()
	s := m.getScratch(len(words))
	defer m.pool.Put(s)
	m.prepare(words, s)
	want := make([]tok, len(words))
	m.prepareRef(words, want)
	for i := range words {
		if s.toks[i] != want[i] {
			t.Fatalf("word %d %q of %q: prepare gives %+v, want %+v", i, words[i], words, s.toks[i], want[i])
		}
		if got, want := string(s.low(i)), strings.ToLower(words[i]); got != want {
			t.Fatalf("lower-case form of %q is %q, want %q", words[i], got, want)
		}
	}
	if got, want := isHeadline(s.toks), isAllCapsRef(words); got != want {
		t.Fatalf("isHeadline(%q) = %v, want %v", words, got, want)
	}
}

func isAllCapsRef(words []string) bool {
	letters := 0
	for _, w := range words {
		switch capClass(w) {
		case capLower, capInit, capMixed:
			return false
		case capAll:
			letters++
		}
	}
	return letters >= 2
}

// Hand-written words that exercise the non-ASCII paths: accents, digits
// of other scripts, a dotless i, invalid UTF-8, long words and symbols.
var trickyWords = strings.Fields("Ankara İstanbul Laçın ÇAĞ ärzte ÄRZTE ﬁnal Straße ٣٤ 12,5 ５ Nagorno-Karabakh " +
	"\xff\xfe \xc3 a\xc3b É é Ωmega ΣΊΣΥΦΟΣ Jean-99 McDonald iPhone U.S. 's ’s -- NEW YORK Republic of Korea " +
	"Internationalisation INTERNATIONALISATION x Ü Üb e")

func TestPrepareMatchesReference(t *testing.T) {
	m := mustLoad(t)
	checkPrepare(t, m, trickyWords)
	checkPrepare(t, m, []string{"New York", "City", "Republic of", "Korea", "", "UNITED", "STATES"})
	for _, w := range trickyWords {
		checkPrepare(t, m, []string{w})
		checkPrepare(t, m, []string{strings.ToUpper(w), w, strings.ToLower(w)})
	}
	for _, split := range []string{"eng.train.gz", "eng.testb.gz"} {
		for _, s := range loadSplit(t, split) {
			checkPrepare(t, m, s.Words)
		}
	}
}

func FuzzPrepare(f *testing.F) {
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, w := range trickyWords {
		f.Add(w + " " + strings.ToUpper(w) + " of Azerbaijan")
	}
	f.Fuzz(func(t *testing.T, text string) {
		if words := strings.Fields(text); len(words) > 0 {
			checkPrepare(t, m, words)
		}
	})
}
