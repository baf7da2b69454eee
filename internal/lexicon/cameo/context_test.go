package cameo

import (
	"reflect"
	"strings"
	"testing"
)

func TestContextsTable(t *testing.T) {
	m, err := parseContexts(contextsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 100 {
		t.Errorf("contexts.tsv: %d keywords, want the full table", len(m))
	}
	for _, bad := range []string{"keyword\tcontext\nAid\thumanitarian\n", "keyword\tcontext\naid\n", "keyword\tcontext\na b c\tx\n", "keyword\tcontext\naid\tx\naid\ty\n"} {
		if _, err := parseContexts(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestContexts(t *testing.T) {
	for _, tc := range []struct {
		code, sentence string
		want           []string
	}{
		{"191", "azerbaijan blocked the corridor , cutting off food and medicine", []string{"humanitarian", "military", "territory"}},
		{"0333", "iran promised help", []string{"humanitarian"}},
		{"040", "the ministers met in geneva", nil},
		{"190", "troops fired chemical weapons at the town", []string{"cbrn", "military"}},
		{"173", "the court jailed the human rights lawyer", []string{"human_rights", "legal"}},
	} {
		w := strings.Fields(tc.sentence)
		got := Contexts(tc.code, len(w), func(i int) string { return w[i] })
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s %q: got %v, want %v", tc.code, tc.sentence, got, tc.want)
		}
	}
}
