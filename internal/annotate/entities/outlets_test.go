package entities

import (
	"context"
	"testing"

	"sitrep/internal/annotate/segment"
	"sitrep/internal/doc"
)

// TestOwnOutlet: the document's outlet is an organisation wherever its
// name stands, even as a slug the tagger leaves untagged.
func TestOwnOutlet(t *testing.T) {
	for _, tc := range []struct{ outlet, text, mention, want string }{
		{"Valley Courier", "Valley Courier reported that after two days of talks the ministers left Baku.", "Valley Courier", "ORG "},
		{"Alwaght", "Alwaght- The blockade went on. Alwaght asked about the convoy.", "Alwaght", "ORG IRNMED"},
		{"Valley Courier", "The valley courier left early.", "valley courier", "none"}, // case as given
	} {
		d := doc.New("t", tc.text)
		d.Meta.Published, d.Meta.Outlet = "2023-08-17", tc.outlet
		segment.Split(d)
		if err := (Stage{}).Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if got := actorOf(d, tc.mention); got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.mention, got, tc.want)
		}
	}
}
