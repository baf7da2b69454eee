package ner

import (
	"reflect"
	"strings"
	"testing"
)

// TestExchangeClasses checks on a hand-made corpus that words followed by
// the same words share a class, and that the result is deterministic.
func TestExchangeClasses(t *testing.T) {
	var docs [][]string
	for i := 0; i < 20; i++ {
		docs = append(docs,
			strings.Fields("the cat sat on a mat ."),
			strings.Fields("a dog sat on the mat ."),
			strings.Fields("the dog ran to a park ."),
			strings.Fields("a cat ran to the park ."),
		)
	}
	o := LexiconOptions{Classes: 4, MinCount: 1, ExchangeIters: 10}
	o.defaults()
	got := exchangeClasses(docs, o)
	if got["cat"] != got["dog"] || got["the"] != got["a"] || got["mat"] != got["park"] {
		t.Errorf("classes %v: cat/dog, the/a and mat/park should pair up", got)
	}
	if got["cat"] == got["the"] {
		t.Errorf("classes %v: cat and the should differ", got)
	}
	for w, c := range got {
		if c < 1 || int(c) > o.Classes {
			t.Errorf("class of %q is %d, want 1..%d", w, c, o.Classes)
		}
	}
	if again := exchangeClasses(docs, o); !reflect.DeepEqual(got, again) {
		t.Error("exchangeClasses is not deterministic")
	}
	o.Classes = -1
	if c := exchangeClasses(docs, o); c != nil {
		t.Errorf("Classes < 0 gave %v, want none", c)
	}
}
