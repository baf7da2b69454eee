package quotes

import (
	"testing"
	"unicode/utf8"
)

func TestScan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"straight", `He said "we will stay" and left.`, []string{"we will stay"}},
		{"curly", "“We will stay,” he said.", []string{"We will stay,"}},
		{"nested curly", "“They told us ‘leave now’ and we left,” she said.", []string{"They told us ‘leave now’ and we left,"}},
		{"nested doubles", "“The word “truce” means nothing here,” he said.", []string{"The word “truce” means nothing here,"}},
		{"apostrophe is no quote", "Azerbaijan’s leaders and officials’ claims.", nil},
		{"british single", "‘We are ready,’ the envoy said.", []string{"We are ready,"}},
		{"two quotes", `"Yes," he said. "No."`, []string{"Yes,", "No."}},
		{"inch mark", `a 5" pipe`, nil},
		{"partial", `She called it "a disgrace" on Monday.`, []string{"a disgrace"}},
		{"over paragraphs", "“The roads are shut.\n“The shops are empty.\n“Nobody comes,” he said.", []string{"The roads are shut.\n“The shops are empty.\n“Nobody comes,"}},
		{"unclosed at paragraph end", "\"The roads are shut.\nHe left.", []string{"The roads are shut."}},
		{"guillemets", "«Nous restons», a-t-il dit.", []string{"Nous restons"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := Scan(c.text)
			if len(ms) != len(c.want) {
				t.Fatalf("got %d quotes %+v, want %q", len(ms), ms, c.want)
			}
			for i, m := range ms {
				if got := c.text[m.Start:m.End]; got != c.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got, c.want[i])
				}
			}
		})
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{`"a" b`, "“a\n“b”", "‘x’ y’s", `""`, "\"\n\"", "«a “b” c»", "\xff\"\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, m := range Scan(s) {
			if !(m.Open < m.Start && m.Start <= m.End && m.End <= m.Close && m.Close <= len(s)) {
				t.Fatalf("bad mark %+v in %q", m, s)
			}
			if m.Open <= prev {
				t.Fatalf("marks overlap or go back: %+v after %d in %q", m, prev, s)
			}
			prev = m.Close
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("span splits a rune: %+v in %q", m, s)
			}
		}
	})
}
