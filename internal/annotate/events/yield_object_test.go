package events_test

import (
	"strings"
	"testing"
)

func TestYieldObject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // a concession (08x) or an intent to concede (035x)
	}{
		{"Kenya yielded to pressure from Uganda and reopened the border.", true},
		{"The rebels yielded ground to the Chadian army after two days.", true},
		{"The Kenyan bonds will yield 4.5 percent next year.", false},
		{"Officials said the talks with Uganda would yield results soon.", false},
	} {
		got := analyzePartial(t, tc.text)
		if has := strings.Contains(got, ":08") || strings.Contains(got, ":035"); has != tc.want {
			t.Errorf("%q: got %s, want a concession: %v", tc.text, got, tc.want)
		}
	}
}
