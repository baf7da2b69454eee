package syntax

import (
	"slices"
	"strings"
	"testing"
)

// AnalyzeUPOS and AnalyzeInto must agree with Analyze; AnalyzeInto with
// a reused Sentence must not allocate.
func TestAnalyzeVariants(t *testing.T) {
	m := loadModel(t)
	words := strings.Fields("The ministers met in Brussels on Tuesday and agreed to send more aid .")
	want := m.Analyze(words)
	u := m.AnalyzeUPOS(words)
	if u.XPOS != nil || !slices.Equal(u.UPOS, want.UPOS) || !slices.Equal(u.Heads, want.Heads) || !slices.Equal(u.Rels, want.Rels) {
		t.Errorf("AnalyzeUPOS differs from Analyze: %v %v", u, want)
	}
	var dst Sentence
	for _, ptb := range []bool{true, false, true} {
		m.AnalyzeInto(&dst, words, ptb)
		if !slices.Equal(dst.UPOS, want.UPOS) || !slices.Equal(dst.Heads, want.Heads) || !slices.Equal(dst.Rels, want.Rels) {
			t.Errorf("AnalyzeInto(ptb=%v) differs", ptb)
		}
		if ptb != (dst.XPOS != nil) || (ptb && !slices.Equal(dst.XPOS, want.XPOS)) {
			t.Errorf("AnalyzeInto(ptb=%v) XPOS = %v", ptb, dst.XPOS)
		}
	}
	m.AnalyzeInto(&dst, nil, true)
	if len(dst.Heads) != 0 {
		t.Errorf("empty sentence: %v", dst)
	}
	if a := testing.AllocsPerRun(50, func() { m.AnalyzeInto(&dst, words, true) }); a > 0 {
		t.Errorf("AnalyzeInto allocates %.1f times per call", a)
	}
}
