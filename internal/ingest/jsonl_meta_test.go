package ingest

import (
	"strings"
	"testing"
)

// Other producers' JSON Lines put other things in sitrep's metadata
// fields; the record's text must still be read, and a wrong-typed text
// must still be an error naming the line.
func TestToDocForeignMetadata(t *testing.T) {
	for _, tc := range []struct {
		line, want, err string
	}{
		{`{"id": 7, "text": "One.", "source": [{"actorText": "Chad", "code": "TCD"}], "date": "20080804"}`, "7|2008-08-04||One.", ""},
		{`{"id": "a", "text": "Two.", "source": "Desk", "title": {"en": "x"}, "url": null}`, "a||Desk|Two.", ""},
		{`{"id": "b", "text": ["Three."]}`, "", "malformed JSON"},
	} {
		d, err := ToDoc("f.jsonl", Line{No: 3, Data: []byte(tc.line)})
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), "f.jsonl:3") || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: err %v, want %q naming f.jsonl:3", tc.line, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.line, err)
			continue
		}
		if got := d.ID + "|" + d.Meta.Published + "|" + d.Meta.Outlet + "|" + d.Text; got != tc.want {
			t.Errorf("%s: got %q want %q", tc.line, got, tc.want)
		}
	}
}
