package demo

import (
	"strings"
	"testing"
)

func TestReports(t *testing.T) {
	rs, err := Reports()
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) < 20 || len(rs) > 40 {
		t.Fatalf("sample collection has %d reports, want 20-40", len(rs))
	}
	prev := ""
	for _, r := range rs {
		if r.Meta.Published < prev {
			t.Errorf("%s: published %s before the previous report (%s): keep files in date order", r.Meta.ID, r.Meta.Published, prev)
		}
		prev = r.Meta.Published
		if r.Meta.Outlet == "" || r.Meta.Title == "" {
			t.Errorf("%s: outlet and title are required", r.Meta.ID)
		}
	}
	// The story's milestones must be in the collection, so that the
	// timeline tells it.
	all := ""
	for _, r := range rs {
		all += r.Meta.Published + " " + r.Text + "\n"
	}
	for _, want := range []string{"2022-12-12", "2023-02-22", "2023-04-23", "2023-08-17", "2023-09-19",
		"2023-09-20", "2023-09-28", "Ruben Vardanyan", "International Court of Justice", "Brussels",
		"More than 100,000", "Red Cross"} {
		if !strings.Contains(all, want) {
			t.Errorf("sample collection lacks %q", want)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"ok", "published: 2023-01-02\noutlet: x\ntitle: t\n\nText.\n", ""},
		{"no blank line", "published: 2023-01-02\nText.", "no blank line"},
		{"bad key", "when: 2023-01-02\n\nText.", "unknown key"},
		{"bad date", "published: 2023-13-02\n\nText.", "not YYYY-MM-DD"},
		{"no colon", "published 2023\n\nText.", "want \"key: value\""},
		{"no date", "outlet: x\n\nText.", "no published date"},
		{"empty", "published: 2023-01-02\n\n\n", "empty text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse(tc.in)
			if tc.err == "" {
				if err != nil || r.Text != "Text." {
					t.Fatalf("Parse = %+v, %v", r, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("Parse error = %v, want it to contain %q", err, tc.err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add("published: 2023-01-02\noutlet: x\n\nText.")
	f.Add("\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err == nil && (r.Text == "" || !strings.Contains(s, r.Text)) {
			t.Fatalf("Parse(%q) gave text %q", s, r.Text)
		}
	})
}
