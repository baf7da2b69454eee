package ingest

import "testing"

func TestNormDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2023-08-17", "2023-08-17"},
		{"2023-08-17T09:30:00Z", "2023-08-17"},
		{" 19950103 ", "1995-01-03"},
		{"19951303", ""}, // month 13
		{"1995010", ""},
		{"yesterday", ""},
		{"", ""},
	} {
		if got := normDate(tc.in); got != tc.want {
			t.Errorf("normDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
