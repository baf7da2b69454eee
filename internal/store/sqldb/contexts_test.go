package sqldb

import (
	"reflect"
	"testing"
)

func TestContextsColumn(t *testing.T) {
	cases := []struct {
		in   []string
		col  string
		back []string
	}{
		{nil, "", []string{}},
		{[]string{"humanitarian"}, ";humanitarian;", []string{"humanitarian"}},
		{[]string{"human_rights", "territory"}, ";human_rights;territory;", []string{"human_rights", "territory"}},
		{[]string{"", "a;b", "50%", `x\y`, "legal"}, ";legal;", []string{"legal"}},
	}
	for _, c := range cases {
		col := contextsCol(c.in)
		if col != c.col {
			t.Errorf("contextsCol(%q) = %q, want %q", c.in, col, c.col)
		}
		if back := parseContexts(col); !reflect.DeepEqual(back, c.back) {
			t.Errorf("parseContexts(%q) = %q, want %q", col, back, c.back)
		}
	}
	if p := contextLike("human_rights"); p != `%;human\_rights;%` {
		t.Errorf("contextLike = %q", p)
	}
}
