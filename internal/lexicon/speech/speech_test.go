package speech

import "testing"

func TestDataParses(t *testing.T) {
	l := Default()
	if l.Len() < 200 {
		t.Fatalf("only %d speech-verb forms", l.Len())
	}
	for _, c := range []struct {
		form  string
		lemma string
		class Class
	}{
		{"said", "say", Report}, {"told", "tell", Report}, {"added", "add", Report},
		{"called", "call", Quote}, {"emphasised", "emphasize", Report},
	} {
		v, ok := l.Lookup(c.form)
		if !ok || v.Lemma != c.lemma || v.Class != c.class {
			t.Errorf("Lookup(%q) = %+v, %v; want %s/%d", c.form, v, ok, c.lemma, c.class)
		}
	}
	if _, ok := l.Lookup("blockade"); ok {
		t.Error("blockade is no speech verb")
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"report", "shout say said", "report Say"} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q): want error", src)
		}
	}
}
